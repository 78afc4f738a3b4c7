#!/usr/bin/env bash
# Wrap the PyInstaller bundle (dist/ssclient/) into dist/ssclient_<version>_<arch>.deb:
#   /opt/ssclient/            the bundle
#   /usr/bin/ssclient         a relative symlink to /opt/ssclient/ssclient
#   /usr/share/applications/  the menu entry;  /usr/share/icons/hicolor/  its icon
# The icon and menu caches are refreshed by the desktop-file-utils and hicolor-icon-theme dpkg triggers,
# so the package needs no maintainer scripts.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
bundle=dist/ssclient
if [ ! -x "$bundle/ssclient" ]; then
  echo "build_deb.sh: no bundle at $bundle/ssclient; build it first (make installer)" >&2
  exit 1
fi

version=$("$PY" -c 'import ssclient; print(ssclient.__version__)')
arch=$(dpkg --print-architecture)
work=build/deb
root=$work/ssclient_${version}_${arch}
deb=dist/ssclient_${version}_${arch}.deb

umask 022
rm -rf "$work"
mkdir -p "$root/opt" "$root/usr/bin" "$root/DEBIAN"
cp -a "$bundle" "$root/opt/ssclient"
ln -s ../../opt/ssclient/ssclient "$root/usr/bin/ssclient"
install -D -m 644 packaging/linux/ssclient.desktop "$root/usr/share/applications/ssclient.desktop"
install -D -m 644 resources/icons/ssclient.svg "$root/usr/share/icons/hicolor/scalable/apps/ssclient.svg"
install -D -m 644 resources/icons/ssclient.png "$root/usr/share/icons/hicolor/256x256/apps/ssclient.png"
install -D -m 644 packaging/debian/copyright "$root/usr/share/doc/ssclient/copyright"

# Debian policy: directories 755, files 644 (shared libraries too), only programs executable.
find "$root" -type d -exec chmod 755 {} +
find "$root" -type f -exec chmod 644 {} +
chmod 755 "$root/opt/ssclient/ssclient"

installed_size=$(du -sk --apparent-size --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_size/" \
  packaging/debian/control.in > "$root/DEBIAN/control"
chmod 644 "$root/DEBIAN/control"

rm -f "$deb"
dpkg-deb --build --root-owner-group -Zxz "$root" "$deb"
