# The WAR on the official Open Liberty image. Build the artifacts first: `mvn package`.
# Only the features server.xml names are installed (kernel-slim + features.sh).
FROM icr.io/appcafe/open-liberty:kernel-slim-java17-openj9-ubi-minimal

COPY --chown=1001:0 liberty/server.xml liberty/jvm.options /config/
RUN features.sh

COPY --chown=1001:0 target/liberty/wlp/usr/servers/hms/jdbc/postgresql.jar /config/jdbc/
COPY --chown=1001:0 target/hms.war /config/apps/
RUN configure.sh

# The image's non-root user; every setting comes from the environment (the README's Configuration table).
USER 1001
EXPOSE 9080
