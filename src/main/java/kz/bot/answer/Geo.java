package kz.bot.answer;

/** Distances and directions on the Earth's surface, from latitude and longitude in degrees. */
final class Geo {

    /** The Earth's mean radius, km (IUGG). */
    static final double EARTH_RADIUS_KM = 6371.0088;
    /** The eight directions, clockwise from north, as message keys. */
    private static final String[] DIRECTIONS = {"dir_n", "dir_ne", "dir_e", "dir_se", "dir_s", "dir_sw", "dir_w",
            "dir_nw"};

    private Geo() {
    }

    /** The great-circle distance in km (haversine formula). */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The initial bearing from point 1 to point 2, degrees clockwise from north. */
    static double bearing(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dl = Math.toRadians(lon2 - lon1);
        double y = Math.sin(dl) * Math.cos(p2);
        double x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }

    /** The message key of the direction of {@code bearing} ("dir_sw" for 225°). */
    static String direction(double bearing) {
        return DIRECTIONS[(int) Math.round(bearing / 45) % 8];
    }
}
