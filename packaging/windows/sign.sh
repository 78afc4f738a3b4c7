#!/usr/bin/env bash
# The code-signing hook of the Windows build: Authenticode-sign one .exe in place with osslsigncode and the
# maintainer's own certificate. build_windows.py calls it for ssclient.exe, and makensis for the uninstaller
# and the installer, only when SSCLIENT_SIGN_PKCS12 is set (packaging/README.md, "Code signing"):
#
#   SSCLIENT_SIGN_PKCS12           the certificate with its private key, a .pfx/.p12 file
#   SSCLIENT_SIGN_PASSWORD_FILE    a file holding that file's password (not the password itself: it would
#                                  show in the process list)
#   SSCLIENT_SIGN_TIMESTAMP_URL    an RFC 3161 time-stamping service (default: http://timestamp.digicert.com),
#                                  so the signature stays valid after the certificate expires
set -euo pipefail
file=${1:?usage: sign.sh FILE.exe}
: "${SSCLIENT_SIGN_PKCS12:?set SSCLIENT_SIGN_PKCS12 to the maintainer's .pfx certificate file}"
: "${SSCLIENT_SIGN_PASSWORD_FILE:?set SSCLIENT_SIGN_PASSWORD_FILE to a file holding the certificate's password}"
command -v osslsigncode >/dev/null || { echo "sign.sh: install osslsigncode (apt-get install osslsigncode)" >&2; exit 1; }

# An empty SSCLIENT_SIGN_TIMESTAMP_URL signs without a time stamp (offline tests only).
timestamp=()
url=${SSCLIENT_SIGN_TIMESTAMP_URL-http://timestamp.digicert.com}
[ -n "$url" ] && timestamp=(-ts "$url")
signed="${file}.signed"
rm -f "$signed"  # osslsigncode will not overwrite
osslsigncode sign -pkcs12 "$SSCLIENT_SIGN_PKCS12" -readpass "$SSCLIENT_SIGN_PASSWORD_FILE" \
  -n "社会保险网上申报 (ssclient)" -h sha256 "${timestamp[@]}" -in "$file" -out "$signed"
mv -f "$signed" "$file"
echo "sign.sh: signed $file"
