#!/usr/bin/env bash
# Regenerates protocol/center/generated/ from the .proto files (protobufjs-cli).
# The generated .js and .d.ts are committed; run `npm run proto` after editing a .proto.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$root/node_modules/.bin"
out="$here/generated"
mkdir -p "$out"
protos=("$here"/yibao/center/v1/*.proto)
# ESM static module; the dependency is named with its file extension because Node's ESM
# resolver needs it (protobufjs publishes no "exports" map).
"$bin/pbjs" -t static-module -w es6 --es6 --dependency protobufjs/minimal.js \
  -p "$here" --no-beautify -o "$out/center.js" "${protos[@]}"
"$bin/pbts" -o "$out/center.d.ts" "$out/center.js"
echo "generated $out/center.js and $out/center.d.ts"
