// SPDX-License-Identifier: GPL-3.0-or-later
// Host network namespace or not. The strong evidence is comparing our
// /proc/self/ns/net with PID 1's (same device and inode = same namespace);
// PID 1 is the host's init only outside a PID namespace, so container
// markers and the interfaces present (physical NICs carry a "device" link in
// /sys/class/net) refine it.
#include "probe/internal.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>

#include <sys/stat.h>

namespace byway::probe {

namespace {
QStringList containerMarkers()
{
    QStringList m;
    if (QFileInfo::exists(QStringLiteral("/.dockerenv")))
        m << QStringLiteral("/.dockerenv");
    if (QFileInfo::exists(QStringLiteral("/run/.containerenv")))
        m << QStringLiteral("/run/.containerenv");
    if (auto env = readSmallFile("/proc/1/environ"))
        for (const QByteArray &kv : env->split('\0'))
            if (kv.startsWith("container="))
                m << QStringLiteral("pid1 ") + QString::fromLatin1(kv);
    if (auto cg = readSmallFile("/proc/1/cgroup"))
        for (const char *k : {"docker", "kubepods", "libpod", "lxc"})
            if (cg->contains(k))
                m << QStringLiteral("/proc/1/cgroup mentions %1").arg(QLatin1String(k));
    return m;
}
} // namespace

void checkNetns(Context &, Findings &out)
{
    struct stat self{}, init{};
    const bool selfOk = ::stat("/proc/self/ns/net", &self) == 0;
    int initErr = 0;
    const bool initOk = ::stat("/proc/1/ns/net", &init) == 0 || ((initErr = errno), false);
    QStringList ifaces, physical;
    const QDir net(QStringLiteral("/sys/class/net"));
    for (const QString &n : net.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
        ifaces << n;
        if (QFileInfo::exists(net.filePath(n) + QStringLiteral("/device")))
            physical << n;
    }
    const QStringList markers = containerMarkers();

    QString kind, evidence, basis;
    if (selfOk && initOk) {
        const bool same = self.st_ino == init.st_ino && self.st_dev == init.st_dev;
        evidence = QStringLiteral("/proc/self/ns/net inode %1 %2 /proc/1/ns/net inode %3")
                       .arg(self.st_ino)
                       .arg(same ? QStringLiteral("==") : QStringLiteral("!="))
                       .arg(init.st_ino);
        basis = QStringLiteral("pid1");
        kind = same ? (markers.isEmpty() ? QStringLiteral("host") : QStringLiteral("container"))
                    : QStringLiteral("namespace");
    } else {
        evidence = QStringLiteral("/proc/1/ns/net unreadable (%1)").arg(errnoText(initErr));
        basis = QStringLiteral("heuristics");
        kind = markers.isEmpty() && !physical.isEmpty() ? QStringLiteral("host") : QStringLiteral("container");
    }
    if (kind == u"container" && !physical.isEmpty())
        kind = QStringLiteral("container-host-network");
    evidence += QStringLiteral("; container markers: %1; interfaces: %2; physical: %3")
                    .arg(markers.isEmpty() ? QStringLiteral("none") : markers.join(u", "), ifaces.join(u' '),
                         physical.isEmpty() ? QStringLiteral("none") : physical.join(u' '));
    const QJsonObject data{{QStringLiteral("kind"), kind},
                           {QStringLiteral("basis"), basis},
                           {QStringLiteral("markers"), QJsonArray::fromStringList(markers)},
                           {QStringLiteral("interfaces"), QJsonArray::fromStringList(ifaces)},
                           {QStringLiteral("physical"), QJsonArray::fromStringList(physical)}};
    const QString check = QStringLiteral("netns");
    if (kind == u"container-host-network")
        out << badFinding(Finding::Status::Warn, check, QStringLiteral("netns.container_host_network"),
                          msg::Id("probe.netns.container_host_network"), {}, evidence, data);
    else
        out << okFinding(check, QStringLiteral("netns.") + QString(kind).replace(u'-', u'_'),
                         kind == u"host"        ? msg::Id("probe.netns.host")
                         : kind == u"container" ? msg::Id("probe.netns.container")
                                                : msg::Id("probe.netns.namespace"),
                         {}, evidence, data);
}

} // namespace byway::probe
