# The command-line audit in a container: Debian 12 (bookworm), Debian's Chromium, Node 20, the
# built extension and the audit CLI. One image for `npm run audit` and `npm run audit:merge`.
#
#   docker build -t candor-audit .
#   docker run --rm -v "$PWD/out:/audit" candor-audit https://example.com/ --out /audit/run1
#   docker run --rm -v "$PWD/out:/audit" --entrypoint npm candor-audit run audit:merge -- /audit/run1 --out /audit/merged
#
# Kubernetes: deploy/k8s/ runs one shard per pod of an Indexed Job (see README, "Many machines").

FROM node:20-bookworm-slim AS build
WORKDIR /candor
# The lock file was made with npm 11 (the vite 8 tool chain needs it).
RUN npm install --global npm@11
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Only the Chromium build is needed here; it goes to dist/chrome.
RUN npx vite build --mode chrome

FROM node:20-bookworm-slim
# chromium: the browser the audit drives (playwright-core uses it; it downloads nothing).
# fonts: pages render as people see them in screenshots. tini: reaps Chromium's child processes.
RUN apt-get update \
 && apt-get install --yes --no-install-recommends chromium fonts-liberation fonts-noto-color-emoji ca-certificates tini \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 10001 candor \
 && mkdir /audit \
 && chown candor /audit
WORKDIR /candor
COPY --from=build --chown=candor /candor /candor
ENV CHROMIUM_PATH=/usr/bin/chromium \
    CANDOR_CHROMIUM_NO_SANDBOX=1
USER candor
VOLUME ["/audit"]
ENTRYPOINT ["/usr/bin/tini", "--", "node_modules/.bin/tsx", "scripts/audit.ts"]
CMD ["--help"]
