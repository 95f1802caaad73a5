#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests: started before the tests
# that run against PostgreSQL (CTest fixture guanxi-pg), stopped after them.
#
#   pgcluster.sh start STATE_DIR   initdb + pg_ctl start on a Unix socket only
#   pgcluster.sh stop STATE_DIR    stop it and remove its files
#
# STATE_DIR/address then holds the superuser's address for the tests
# (postgresql:///postgres?host=SOCKET_DIR&user=postgres). No TCP port is
# opened. As root, the server runs as the postgres user (runuser), which
# PostgreSQL requires. Durability is switched off: the cluster is thrown away.
set -euo pipefail
action=${1:?usage: pgcluster.sh start|stop STATE_DIR}
state=${2:?usage: pgcluster.sh start|stop STATE_DIR}

bindir=${GUANXI_PG_BINDIR:-}
if [ -z "$bindir" ]; then
  for v in 15 16 17; do
    [ -x "/usr/lib/postgresql/$v/bin/initdb" ] && bindir=/usr/lib/postgresql/$v/bin && break
  done
fi
[ -n "$bindir" ] || { echo "pgcluster: PostgreSQL's initdb was not found; run scripts/install-deps.sh (postgresql-15)" >&2; exit 1; }

as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  [ -f "$state/datadir" ] || return 0
  data=$(cat "$state/datadir")
  if [ -f "$data/postmaster.pid" ]; then
    as_server "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$(dirname "$data")"
  rm -f "$state/datadir" "$state/address"
}

case "$action" in
start)
  mkdir -p "$state"
  stop
  # Short path: a Unix socket's path must stay under 108 bytes.
  root=$(mktemp -d /tmp/guanxi-pg.XXXXXX)
  chmod 755 "$root"
  [ "$(id -u)" -eq 0 ] && chown postgres "$root"
  data=$root/data
  echo "$data" >"$state/datadir"
  as_server "$bindir/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --lc-collate=C \
    >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; exit 1; }
  as_server "$bindir/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 \
    -o "-k $root -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB" \
    start >/dev/null || { cat "$root/server.log" >&2; exit 1; }
  echo "postgresql:///postgres?host=$root&user=postgres" >"$state/address"
  echo "pgcluster: PostgreSQL running on the socket in $root"
  ;;
stop)
  stop
  ;;
*)
  echo "usage: pgcluster.sh start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
