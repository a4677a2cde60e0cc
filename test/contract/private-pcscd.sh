#!/bin/bash
# Runs a command against a private PC/SC stack: its own pcscd with the four vpcd benches, in
# a new mount + network namespace (root, util-linux `unshare`), so a developer can run the
# real-stack contract or restart pcscd without touching the machine's shared pcscd.
#
#   test/contract/private-pcscd.sh npx vitest run test/contract
#   test/contract/private-pcscd.sh node --import tsx test/bench/card-read.bench.ts
#
# Each bench gets its own copy of libifdvpcd.so: vpcd keeps its sockets in the driver
# library's static state, so four readers loaded from ONE library path share one context —
# every pcscd reader thread then polls the last bench's ports (35969/35970) and the other
# benches never take a card (seen with strace: all eight reader threads pselect() on the
# same two sockets). One library path per bench gives each bench its own context.
set -euo pipefail

if [ "${YIBAO_PRIVATE_PCSCD_INNER:-}" != "1" ]; then
  exec env YIBAO_PRIVATE_PCSCD_INNER=1 unshare -m -n "$0" "$@"
fi

work=$(mktemp -d /tmp/yibao-private-pcscd.XXXXXX)
trap 'rm -rf "$work"' EXIT
driver=/usr/lib/pcsc/drivers/serial/libifdvpcd.so
names=("Virtual PCD" "Virtual PCD Bench 2" "Virtual PCD Bench 3" "Virtual PCD Bench 4")
channels=(0x8C7B 0x8C7D 0x8C7F 0x8C81)
mkdir -p "$work/conf" "$work/lib"
for i in 0 1 2 3; do
  cp "$driver" "$work/lib/libifdvpcd-bench$i.so"
  cat >> "$work/conf/vpcd" <<EOF
FRIENDLYNAME "${names[$i]}"
DEVICENAME   /dev/null:${channels[$i]}
LIBPATH      $work/lib/libifdvpcd-bench$i.so
CHANNELID    ${channels[$i]}

EOF
done

ip link set lo up
mount -t tmpfs none /run/pcscd
mkdir -p /tmp/yibao-pcsc-locks && mount -t tmpfs none /tmp/yibao-pcsc-locks
pcscd --foreground --config "$work/conf" > "$work/pcscd.log" 2>&1 &
pcscd_pid=$!
for _ in $(seq 100); do
  opensc-tool --list-readers 2>/dev/null | grep -q "Virtual PCD Bench 4 00 01" && break
  sleep 0.1
done

cd "$(dirname "$0")/../.."
set +e
# a command that restarts pcscd kills it by this pid (never by name: the pid namespace is shared)
# and starts it again with this configuration; it stops what it started itself.
YIBAO_KEEP_PCSCD=1 YIBAO_PRIVATE_PCSCD_PID=$pcscd_pid YIBAO_PRIVATE_PCSCD_CONF="$work/conf" "$@"
rc=$?
kill "$pcscd_pid" 2>/dev/null
wait "$pcscd_pid" 2>/dev/null
exit $rc
