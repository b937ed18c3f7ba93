# syntax=docker/dockerfile:1
# One multi-stage build for the three services: docker-compose.yml passes SERVICE.
#   docker build --build-arg SERVICE=ingest-service -t newsline/ingest .

FROM eclipse-temurin:17.0.16_8-jdk AS build
ARG SERVICE
WORKDIR /src
# Dependencies first, so a source change does not re-download the world.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY shared-model/pom.xml shared-model/
COPY test-support/pom.xml test-support/
COPY web-support/pom.xml web-support/
COPY ingest-service/pom.xml ingest-service/
COPY enrich-service/pom.xml enrich-service/
COPY store-service/pom.xml store-service/
COPY feed-tool/pom.xml feed-tool/
COPY local-stack/pom.xml local-stack/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -pl ${SERVICE} -am dependency:go-offline -DskipTests || true
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl ${SERVICE} -am package -DskipTests -Dspotless.check.skip=true \
 && cp ${SERVICE}/target/${SERVICE}-*-exec.jar /src/app.jar

FROM eclipse-temurin:17.0.16_8-jre
ARG SERVICE
LABEL org.opencontainers.image.title="newsline-${SERVICE}" \
      org.opencontainers.image.licenses="GPL-3.0-or-later"
RUN groupadd --system --gid 10001 newsline \
 && useradd --system --uid 10001 --gid newsline --home-dir /app --shell /usr/sbin/nologin newsline
WORKDIR /app
COPY --from=build --chown=newsline:newsline /src/app.jar /app/app.jar
USER newsline
# Heap sized from the container's memory limit, not the host's.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
