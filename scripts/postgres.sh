#!/usr/bin/env bash
# postgres.sh — a throw-away PostgreSQL server for the tests and benchmarks,
# from Debian's postgresql package (installed when missing), in a folder of
# its own: nothing of the machine's own clusters is used or changed.
#
# Usage:
#   scripts/postgres.sh start DIR [test|bench]   start a server in DIR (created)
#   scripts/postgres.sh stop DIR                 stop it and delete DIR
#
# start prints, on stdout, shell lines to eval:
#   export NEWSGRAPH_TEST_POSTGRES=postgres://newsgraph@127.0.0.1:PORT/postgres?sslmode=disable
#   export PGPASSFILE=DIR/pgpass
# The role newsgraph may create databases (each test makes its own) and
# logs in over TCP with a random password kept in DIR/pgpass (a .pgpass
# file, mode 0600), as a deployment would; local socket logins are trusted.
#
# As root (CI), the server runs as the postgres user the package creates,
# since PostgreSQL refuses to run as root. "test" turns off fsync (the data
# is thrown away); "bench" keeps PostgreSQL's durable defaults.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "postgres: $*" >&2; exit 1; }

cmd=${1:-}
dir=${2:-}
mode=${3:-test}
[[ -n $cmd && -n $dir ]] || die "usage: scripts/postgres.sh start|stop DIR [test|bench]"

# bindir finds the newest installed server's programs.
bindir() {
	local d
	d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
	[[ -n $d && -x $d/initdb ]] || return 1
	echo "$d"
}

# as runs a command as the user who owns the server's files.
as() {
	if [[ $(id -u) -eq 0 ]]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

case $cmd in
stop)
	if [[ -f $dir/data/postmaster.pid ]] && bin=$(bindir); then
		as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
	exit 0
	;;
start) ;;
*) die "unknown command $cmd (start or stop)" ;;
esac

case $mode in
test | bench) ;;
*) die "unknown mode $mode (test or bench)" ;;
esac

if ! bin=$(bindir); then
	scripts/deps.sh postgres
	bin=$(bindir) || die "postgresql is installed but no server programs are in /usr/lib/postgresql/*/bin"
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if [[ $(id -u) -eq 0 ]]; then
	id postgres >/dev/null 2>&1 || die "no postgres user (the postgresql package creates it)"
	chown postgres: "$dir"
fi
chmod 700 "$dir"

# A free TCP port on the loopback interface.
port=
for p in $(shuf -i 20000-60000 -n 50); do
	if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
		port=$p
		break
	fi
done
[[ -n $port ]] || die "no free port found"

password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
as "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
	-E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }

opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=100"
if [[ $mode == test ]]; then
	opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
else
	opts="$opts -c shared_buffers=256MB -c max_wal_size=4GB"
fi
as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$opts" -w -t 60 start >/dev/null ||
	{ cat "$dir/server.log" >&2; die "the server did not start"; }

as "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
	-c "CREATE ROLE newsgraph LOGIN CREATEDB PASSWORD '$password'" >/dev/null
umask 077
echo "127.0.0.1:$port:*:newsgraph:$password" >"$dir/pgpass"
if [[ $(id -u) -eq 0 ]]; then
	# The tests run as root and read the password; the server needs none.
	chown root: "$dir/pgpass"
	chmod 711 "$dir"
fi

echo "export NEWSGRAPH_TEST_POSTGRES='postgres://newsgraph@127.0.0.1:$port/postgres?sslmode=disable'"
echo "export PGPASSFILE='$dir/pgpass'"
echo "postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ($mode) on 127.0.0.1:$port, data in $dir" >&2
