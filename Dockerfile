# Build stage: the same Maven build as the README's first command.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src ./src
RUN mvn -q -B package -DskipTests

# Runtime stage: a JRE, the jar, the knowledge files, and nothing else.
FROM eclipse-temurin:17-jre
RUN groupadd --system bot && useradd --system --gid bot --home-dir /app --no-create-home bot \
    && mkdir -p /app /data && chown bot:bot /data
WORKDIR /app
COPY --from=build /src/target/kazakhstan-bot.jar /app/kazakhstan-bot.jar
# Read-only for the bot: knowledge changes come from a mounted directory and /reload, never from the bot itself.
COPY --chown=root:root --chmod=a=rX knowledge /app/knowledge
ENV KNOWLEDGE_DIR=/app/knowledge \
    DATA_DIR=/data
VOLUME ["/data"]
USER bot
# A small heap is plenty (see the benchmark figures in the README); SerialGC keeps memory low on a small host.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xmx256m", "-jar", "/app/kazakhstan-bot.jar"]
