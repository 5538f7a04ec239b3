# syntax=docker/dockerfile:1
#
# One image recipe for every deployable module:
#   docker build --build-arg SERVICE=fee-service -t cites/fee-service .
# SERVICE is one of: egov-simulator, application-service, fee-service, verification-service,
# permit-service, gateway. The build stage does not depend on SERVICE, so Docker builds the
# reactor once and every service image reuses that cached stage.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
 && ./mvnw -B -q clean package -DskipTests -Dspotless.check.skip=true \
      -pl egov-simulator,application-service,fee-service,verification-service,permit-service,gateway -am

FROM eclipse-temurin:25-jre
ARG SERVICE
RUN test -n "$SERVICE" || (echo "build with --build-arg SERVICE=<module>" >&2; exit 1) \
 && groupadd --system cites \
 && useradd --system --gid cites --no-create-home --shell /usr/sbin/nologin cites \
 && mkdir -p /var/lib/cites && chown cites:cites /var/lib/cites
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}.jar /app/app.jar
USER cites
# Heap follows the container memory limit; fail fast rather than limp on after an OOM.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
