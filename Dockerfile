# syntax=docker/dockerfile:1
# Multi-stage: the SDK builds and publishes (untrimmed), the ASP.NET runtime runs as a non-root user.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so code edits do not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Dicom.Clean.Toolkit/Dicom.Clean.Toolkit.csproj src/Dicom.Clean.Toolkit/
COPY src/Dicom.Clean.Domain/Dicom.Clean.Domain.csproj src/Dicom.Clean.Domain/
COPY src/Dicom.Clean.Application/Dicom.Clean.Application.csproj src/Dicom.Clean.Application/
COPY src/Dicom.Clean.Infrastructure/Dicom.Clean.Infrastructure.csproj src/Dicom.Clean.Infrastructure/
COPY src/Dicom.Clean.Api/Dicom.Clean.Api.csproj src/Dicom.Clean.Api/
RUN dotnet restore src/Dicom.Clean.Api/Dicom.Clean.Api.csproj
COPY src/ src/
RUN dotnet publish src/Dicom.Clean.Api/Dicom.Clean.Api.csproj -c Release --no-restore -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the HEALTHCHECK only.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# Blob keys live apart from the data (/keys): a copy of /data alone reveals no blob.
RUN mkdir -p /data/blobs /import /keys && chown -R app:app /data /keys && chmod 700 /keys
ENV ASPNETCORE_ENVIRONMENT=Production \
    Urls=http://0.0.0.0:8001 \
    ConnectionStrings__Dicom="Data Source=/data/dicom.db" \
    Storage__Root=/data/blobs \
    Dicom__ImportRoots__0=/import \
    Encryption__KeyFile=/keys/blob-keys.json
VOLUME ["/data", "/keys"]
EXPOSE 8001
# The image's built-in non-root user (uid 1654).
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8001/health || exit 1
ENTRYPOINT ["dotnet", "Dicom.Clean.Api.dll"]
