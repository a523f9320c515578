# Builds with Docker — the legacy builder or BuildKit, old or new — and with Podman/Buildah: fully qualified base
# images, and nothing only a recent BuildKit understands (no syntax directive, RUN --mount, COPY --chmod or heredocs).
# The base images are arguments, so that a mirror or a local stand-in can be named instead
# (docker/offline-base-images.sh makes stand-ins on a machine without registry access).
ARG BUILD_IMAGE=docker.io/library/maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=docker.io/library/eclipse-temurin:17-jre

# Build stage: the same Maven build as the README's first command.
FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY pom.xml .
# The dependency layer, rebuilt only when pom.xml changes: packaging the pom alone fetches every plugin and
# dependency that packaging uses, the plugins' own dependencies included (dependency:go-offline misses those).
# (exec.skip: there is no code yet to build the knowledge with; the plugin is fetched all the same.)
RUN mvn -B -q package -DskipTests -Dexec.skip=true && rm -rf target
COPY src/main ./src/main
# The knowledge, so that the jar carries its build and a first start copies it instead of building (kb/Prebuilt).
COPY knowledge ./knowledge
# Offline: a source change downloads nothing, and a dependency missing from the layer above fails here.
RUN mvn -B -q -o package -DskipTests

# Runtime stage: a JRE, the jar, the knowledge files, and nothing else.
FROM ${RUNTIME_IMAGE}
# A fixed uid and gid (10001), so that a bind-mounted /data can be given to the bot: chown 10001:10001 (README).
RUN groupadd --gid 10001 bot \
    && useradd --uid 10001 --gid bot --home-dir /app --no-create-home --shell /usr/sbin/nologin bot \
    && mkdir -p /app /data && chown bot:bot /data
WORKDIR /app
COPY --from=build /src/target/kazakhstan-bot.jar /app/kazakhstan-bot.jar
# Read-only for the bot (owned by root, readable by all): knowledge changes come from a mounted directory and
# /reload, never from the bot itself.
COPY knowledge /app/knowledge
RUN chmod -R a=rX /app
ENV KNOWLEDGE_DIR=/app/knowledge \
    DATA_DIR=/data
VOLUME ["/data"]
# The webhook's port (WEBHOOK_PORT) when WEBHOOK_URL is set; long polling, the default, listens on nothing.
EXPOSE 8443
USER 10001:10001
# Healthy while the bot hears from Telegram: it touches DATA_DIR/heartbeat every 20 s while it does, and the check
# only reads the file's age — no second JVM.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["sh", "-c", "test $(( $(date +%s) - $(stat -c %Y \"$DATA_DIR/heartbeat\" 2>/dev/null || echo 0) )) -lt 90"]
# A small heap is plenty (see the benchmark figures in the README); SerialGC keeps memory low on a small host; out of
# memory, the JVM exits (and the container restarts) instead of limping on.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/kazakhstan-bot.jar"]
# The bot, unless another command is given: without TELEGRAM_BOT_TOKEN it stops at once naming it (exit 2).
# `docker run -it IMAGE chat` chats in the terminal instead.
CMD ["telegram"]
