package kz.bot.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import kz.bot.answer.Outline;
import org.junit.jupiter.api.Test;

class LocatorMapTest {

    private static final LocatorMap MAP = LocatorMap.of(Outline.shipped());
    /** Almaty and Karaganda, from the knowledge's gazetteer. */
    private static final double[] ALMATY = {43.2525, 76.9115};
    private static final double[] KARAGANDA = {49.8019, 73.1021};

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static Color at(BufferedImage image, Point p) {
        return new Color(image.getRGB(p.x, p.y));
    }

    @Test
    void theMapIsAPngOfTheFramesSize() throws IOException {
        byte[] png = MAP.png(ALMATY[0], ALMATY[1]);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, Arrays.copyOf(png, 8));
        BufferedImage image = read(png);
        assertEquals(LocatorMap.WIDTH, image.getWidth());
        assertEquals(MAP.height(), image.getHeight());
        // Kazakhstan is about 41 degrees wide and 15 high; at 48°N a degree of longitude is two thirds of one of
        // latitude: the picture is a little under twice as wide as high
        assertTrue(image.getHeight() > 300 && image.getHeight() < 400, "height " + image.getHeight());
        assertTrue(png.length < 60_000, png.length + " bytes");
    }

    @Test
    void theMarkerIsOnThePlaceAndThePlaceIsInsideTheOutline() throws IOException {
        assertTrue(Outline.shipped().contains(Outline.KAZAKHSTAN, ALMATY[0], ALMATY[1]));
        BufferedImage image = read(MAP.png(ALMATY[0], ALMATY[1]));
        Point almaty = MAP.pixel(ALMATY[0], ALMATY[1]);
        assertEquals(LocatorMap.MARKER, at(image, almaty));
        // the rest of the country keeps its colour: no marker at Karaganda, 750 km away
        assertEquals(LocatorMap.COUNTRY, at(image, MAP.pixel(KARAGANDA[0], KARAGANDA[1])));
        // a point in China beside the border is a neighbour, one in the Caspian Sea is water
        assertEquals(LocatorMap.NEIGHBOUR, at(image, MAP.pixel(44.0, 84.0)));
        assertEquals(LocatorMap.WATER, at(image, MAP.pixel(42.0, 51.0)));
    }

    @Test
    void anotherPlaceMovesTheMarker() throws IOException {
        BufferedImage image = read(MAP.png(KARAGANDA[0], KARAGANDA[1]));
        assertEquals(LocatorMap.MARKER, at(image, MAP.pixel(KARAGANDA[0], KARAGANDA[1])));
        assertEquals(LocatorMap.COUNTRY, at(image, MAP.pixel(ALMATY[0], ALMATY[1])));
        Point north = MAP.pixel(55.0, 70.0);
        Point south = MAP.pixel(41.0, 70.0);
        assertTrue(north.y < south.y, "north is up");
        assertTrue(MAP.pixel(45, 80).x > MAP.pixel(45, 60).x, "east is right");
    }

    @Test
    void aPointBeyondTheFrameIsMarkedAtItsEdge() throws IOException {
        BufferedImage image = read(MAP.png(43.2, 30.0)); // far west, beyond the frame
        Point edge = new Point(LocatorMap.MARKER_RADIUS + 2, MAP.pixel(43.2, 30.0).y);
        assertEquals(LocatorMap.MARKER, at(image, edge));
        assertNotEquals(LocatorMap.MARKER, at(image, new Point(LocatorMap.WIDTH / 2, MAP.height() / 2)));
    }
}
