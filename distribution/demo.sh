#!/usr/bin/env bash
# Starts Tangram from the built distribution on embedded Derby with demo data, and prints where and
# how to log in. Run it after `mvn -B install -DskipTests` (the README's run command does both).
#
#   distribution/demo.sh          start (or restart) the demo instance in distribution/target/demo
#   distribution/demo.sh --fresh  throw the demo instance and its data away first
#   distribution/demo.sh --stop   stop it
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
demo="$here/target/demo"
archive="$(ls "$here"/target/tangram-distribution-*.tar.gz 2>/dev/null | head -1 || true)"
http_port="${TANGRAM_HTTP_PORT:-8181}"
ssh_port="${TANGRAM_SSH_PORT:-8101}"

stop_demo() {
    if [ -x "$demo/bin/stop" ] && "$demo/bin/status" >/dev/null 2>&1; then
        "$demo/bin/stop" >/dev/null 2>&1 || true
        for _ in $(seq 1 60); do
            "$demo/bin/status" >/dev/null 2>&1 || return 0
            sleep 1
        done
    fi
}

case "${1:-}" in
    --stop) stop_demo; echo "Tangram demo stopped."; exit 0 ;;
    --fresh) stop_demo; rm -rf "$demo" ;;
    "") ;;
    *) echo "usage: $0 [--fresh|--stop]" >&2; exit 2 ;;
esac

if [ -z "$archive" ]; then
    echo "No distribution built yet: run  mvn -B install -DskipTests  first." >&2
    exit 1
fi

set_property() { # file key value: replace the key's line or add it
    local file="$1" key="$2" value="$3"
    if grep -q "^${key}[[:space:]]*=" "$file" 2>/dev/null; then
        sed -i "s|^${key}[[:space:]]*=.*|${key} = ${value}|" "$file"
    else
        echo "${key} = ${value}" >> "$file"
    fi
}

stop_demo
if [ ! -d "$demo" ]; then
    mkdir -p "$demo"
    tar xzf "$archive" -C "$demo" --strip-components=1
    # A random administrator password for this demo instance (never a fixed default).
    password="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)"
    umask 077
    echo "$password" > "$demo/admin-password.txt"
    umask 022
    set_property "$demo/etc/io.tangram.platform.admin.cfg" initialPassword "$password"
    set_property "$demo/etc/io.tangram.masterdata.cfg" demoData true
    # The demo runs every module: inventory, finance, CRM, OA and HR start with the platform.
    sed -i 's/( tangram-platform )/( tangram-platform, tangram-inventory, tangram-finance, tangram-crm, tangram-oa, tangram-hr )/' \
        "$demo/etc/org.apache.karaf.features.cfg"
    # Console access over SSH with a key of this instance only (Karaf accepts RSA PEM keys).
    ssh-keygen -q -t rsa -b 3072 -m PEM -N "" -C "tangram-demo" -f "$demo/console-key"
    echo "admin=$(cut -d' ' -f2 "$demo/console-key.pub"),_g_:admingroup" >> "$demo/etc/keys.properties"
fi
set_property "$demo/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$http_port"
set_property "$demo/etc/org.apache.karaf.shell.cfg" sshPort "$ssh_port"
password="$(cat "$demo/admin-password.txt")"

for port in "$http_port" "$ssh_port"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Port $port is already in use; stop what uses it or set TANGRAM_HTTP_PORT / TANGRAM_SSH_PORT." >&2
        exit 1
    fi
done

"$demo/bin/start"
echo -n "Starting Tangram "
for _ in $(seq 1 180); do
    code="$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$password" "http://localhost:$http_port/api/masterdata/parties?limit=1" || true)"
    [ "$code" = "200" ] && break
    echo -n "."
    sleep 1
done
echo
if [ "$code" != "200" ]; then
    echo "Tangram did not answer on port $http_port within 3 minutes; see $demo/data/log/karaf.log" >&2
    exit 1
fi
# The administrator exists now: the initial password is no longer needed in the configuration.
set_property "$demo/etc/io.tangram.platform.admin.cfg" initialPassword ""

cat <<MSG
Tangram is running on embedded Derby with demo data ($demo),
with inventory, finance, CRM, OA and HR installed (feature:list | grep tangram in the console).

  Web:      http://localhost:$http_port/
  Log in:   user admin, password $password   (also in $demo/admin-password.txt)
  REST:     curl -u admin:$password http://localhost:$http_port/api/platform/modules
  Token:    curl -H 'Content-Type: application/json' -d '{"username":"admin","password":"$password"}' http://localhost:$http_port/api/auth/login
  OpenAPI:  http://localhost:$http_port/api/openapi.json
  Console:  ssh -p $ssh_port -i $demo/console-key admin@localhost
  Stop:     distribution/demo.sh --stop
MSG
