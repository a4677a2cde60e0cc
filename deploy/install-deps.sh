#!/usr/bin/env bash
# Prepares a Debian/Ubuntu machine for the gateway: system packages, the service user, udev
# rules for HID scanners and serial readers, data and backup directories, the systemd units
# and an example configuration. Idempotent: run it again after an upgrade.
#
#   sudo deploy/install-deps.sh                  # everything (counter PC or server)
#   sudo deploy/install-deps.sh --packages-only  # only the apt packages (CI, developers)
#   sudo deploy/install-deps.sh --no-test-tools  # skip the bench/test packages (vpcd, chromium, ...)
#
# The application itself goes to /opt/yibao-gateway (a release tarball or `git clone`, then
# `npm ci --omit=dev`); this script does not fetch it.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
packages_only=false
test_tools=true
for arg in "$@"; do
  case "$arg" in
    --packages-only) packages_only=true ;;
    --no-test-tools) test_tools=false ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "install-deps: unknown option $arg" >&2; exit 2 ;;
  esac
done

if [ "$(id -u)" != 0 ]; then
  echo "install-deps: run as root (sudo $0 $*)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "install-deps: this script supports Debian/Ubuntu (apt-get); install the packages in $here/system-packages.txt by hand" >&2
  exit 1
fi

# Packages only the test benches and the test suite use (virtual readers, browser, decoders).
TEST_ONLY="vsmartcard-vpcd chromium protobuf-compiler socat poppler-utils"
mapfile -t wanted < <(grep -Ev '^\s*(#|$)' "$here/system-packages.txt")
selected=()
for pkg in "${wanted[@]}"; do
  if ! $test_tools && [[ " $TEST_ONLY " == *" $pkg "* ]]; then continue; fi
  selected+=("$pkg")
done
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${selected[@]}"
$packages_only && exit 0

# Node.js: the gateway runs on Node 24 LTS (or 22 >= 22.12; package.json "engines"). Debian
# 12's own nodejs is 18: install the Node 24 LTS build (nodejs.org or NodeSource) at /usr/bin/node.
if ! command -v node >/dev/null || ! node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>=24||(a===22&&b>=12)?0:1)'; then
  echo "install-deps: Node.js 24 LTS (or 22 >= 22.12) is needed at /usr/bin/node; found $(node --version 2>/dev/null || echo none). Install the Node 24 LTS build, then run npm ci --omit=dev in /opt/yibao-gateway" >&2
fi

# The service user: no login, no home; 'dialout' for serial readers.
if ! id yibao >/dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir /var/lib/yibao-gateway --shell /usr/sbin/nologin yibao
fi
usermod -a -G dialout yibao

install -d -o yibao -g yibao -m 0750 /var/lib/yibao-gateway
install -d -o yibao -g yibao -m 0750 /var/backups/yibao-gateway
install -d -o root -g yibao -m 0750 /etc/yibao-gateway
[ -e /etc/yibao-gateway/gateway.json ] || install -o root -g yibao -m 0640 "$here/gateway.example.json" /etc/yibao-gateway/gateway.json
if [ ! -e /etc/yibao-gateway/gateway.env ]; then
  umask 027
  printf '# Secrets for the gateway (read by the systemd unit).\n# YIBAO_CENTER_KEY=<the key the centre issued>\n' > /etc/yibao-gateway/gateway.env
  chgrp yibao /etc/yibao-gateway/gateway.env
fi

install -o root -g root -m 0644 "$here/udev/60-yibao-gateway.rules" /etc/udev/rules.d/60-yibao-gateway.rules
if command -v udevadm >/dev/null && [ -d /run/udev ]; then
  udevadm control --reload-rules && udevadm trigger --subsystem-match=hidraw --subsystem-match=tty || true
fi

for unit in yibao-gateway.service yibao-gateway-backup.service yibao-gateway-backup.timer; do
  install -o root -g root -m 0644 "$here/systemd/$unit" "/etc/systemd/system/$unit"
done
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  systemctl enable pcscd.socket yibao-gateway-backup.timer >/dev/null
  echo "install-deps: done. Set YIBAO_CENTER_KEY in /etc/yibao-gateway/gateway.env, then: systemctl enable --now yibao-gateway"
else
  echo "install-deps: done (systemd is not running here: units installed but not enabled)"
fi
