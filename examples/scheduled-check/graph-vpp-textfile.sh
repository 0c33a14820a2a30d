#!/bin/sh
# Writes graph-vpp's token metrics for node_exporter's textfile collector. Run it from cron, e.g.
#   */30 * * * * /usr/local/bin/graph-vpp-textfile.sh
# The file is replaced atomically, so the collector never reads half of it; alert in Prometheus
# on graph_vpp_token_level >= 1 or on time() - graph_vpp_check_timestamp_seconds > 7200.
set -eu

TEXTFILE_DIR="${TEXTFILE_DIR:-/var/lib/node_exporter/textfile_collector}"
# How graph-vpp signs in: --azure-cli, --client-credentials (AZURE_TENANT_ID, AZURE_CLIENT_ID and
# AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH in the environment) or --managed-identity on
# an Azure VM. --device-code is interactive and unsuitable here.
GRAPH_VPP_SIGN_IN="${GRAPH_VPP_SIGN_IN:---azure-cli}"

status=0
# shellcheck disable=SC2086 # the sign-in option is meant to split into words
graph-vpp $GRAPH_VPP_SIGN_IN check --format prometheus --fail-on never \
  --output "$TEXTFILE_DIR/graph_vpp.prom" || status=$?
# 0: written. Anything else (2 usage, 3 sign-in, 4 Graph unreachable): the old file stays, and its
# graph_vpp_check_timestamp_seconds ages, which the alert above catches.
exit "$status"
