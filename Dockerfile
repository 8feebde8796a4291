# Lots, the Telegram bot. Multi-stage: build with the Rust toolchain, run on a slim Debian as a
# non-root user. rustls (no OpenSSL) and jiff's bundled time zone data, so the runtime image needs
# only CA certificates. Sessions live on the /data volume; the content is baked in at /app and can
# be replaced by mounting another directory there (or pointing LOTS_CONTENT elsewhere).
FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY benches ./benches
COPY examples ./examples
RUN cargo build --release --locked --bin lots

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin lots \
 && mkdir -p /data /app \
 && chown lots /data
COPY --from=build /src/target/release/lots /usr/local/bin/lots
COPY dialogs /app/dialogs
COPY locales /app/locales
COPY corpora /app/corpora
USER lots
WORKDIR /app
VOLUME ["/data"]
ENV LOTS_CONTENT=/app \
    LOTS_DATA=/data \
    LOTS_RETENTION_DAYS=30 \
    LOTS_RESUME_AFTER_MINUTES=60
# Webhook mode listens here (set LOTS_WEBHOOK_URL and LOTS_WEBHOOK_SECRET); polling needs no port.
EXPOSE 8080
# Refuse to start with broken content, then run the bot. LOTS_TELEGRAM_TOKEN comes from the
# environment (a secret), never from the image.
ENTRYPOINT ["/bin/sh", "-c", "lots check && exec lots serve"]
