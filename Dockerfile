# Production image: builds the workspace and runs the API, which also serves the three SPAs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm i -g pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile && pnpm run build && pnpm prune --prod

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000 DATA_DIR=/data SPA_DIST_ROOT=/app/apps
WORKDIR /app
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000
HEALTHCHECK CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]
