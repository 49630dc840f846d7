#!/bin/sh
# Creates the database of each service, owned by a user of the same name (as deploy/local and the
# CloudNativePG clusters do). Runs once, on the first start of an empty PostgreSQL volume.
set -eu
for db in intake screening ecoach employer socialreturn; do
  psql -v ON_ERROR_STOP=1 -v pw="$WERKPLEIN_DB_PASSWORD" --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE USER $db WITH PASSWORD :'pw';
CREATE DATABASE $db OWNER $db;
SQL
done
