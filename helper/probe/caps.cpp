// SPDX-License-Identifier: GPL-3.0-or-later
// Effective capabilities via capget(2): what the kernel will check, not what
// a config file claims. They are relative to the user namespace owning our
// network namespace, which is what nfnetlink and the socket calls test.
#include "probe/internal.h"

#include <cerrno>

#include "probe/fd.h"

#include <fcntl.h>
#include <linux/capability.h>
#include <linux/nsfs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace byway::probe {

namespace {

// Capabilities count for a network namespace only if our user namespace is
// the one owning it or one of its ancestors (cap_capable() walks up from the
// owner). A process in a child user namespace (unshare -U, some sandboxes)
// sees a full effective set from capget and still gets EPERM from
// nfnetlink, TUNSETIFF and AF_PACKET. Walk the owner's parents with
// NS_GET_PARENT looking for ours.
bool usernsReaches(QString &evidence)
{
    struct stat self{};
    if (::stat("/proc/self/ns/user", &self) != 0) {
        evidence = QStringLiteral("/proc/self/ns/user unreadable; assumed to own the netns");
        return true;
    }
    Fd net(::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC));
    Fd owner(net ? ::ioctl(net.get(), NS_GET_USERNS) : -1);
    if (!owner) {
        // EPERM: the owner lies outside our scope, i.e. above our user
        // namespace — exactly the case where our capabilities do not apply.
        const int err = errno;
        if (err != EPERM) {
            evidence = QStringLiteral("NS_GET_USERNS: %1; assumed to own the netns").arg(errnoText(err));
            return true;
        }
    }
    for (int depth = 0; depth < 33 && owner; ++depth) { // the kernel nests at most 32 deep
        struct stat st{};
        if (::fstat(owner.get(), &st) == 0 && st.st_ino == self.st_ino && st.st_dev == self.st_dev) {
            evidence = depth == 0 ? QStringLiteral("our user namespace owns this network namespace")
                                  : QStringLiteral("our user namespace is an ancestor of its owner");
            return true;
        }
        owner = Fd(::ioctl(owner.get(), NS_GET_PARENT)); // EPERM once outside our reach
    }
    evidence = QStringLiteral("this network namespace belongs to a user namespace above ours "
                              "(/proc/self/ns/user inode %1): capabilities do not apply to it")
                   .arg(self.st_ino);
    return false;
}

} // namespace

Caps readCaps()
{
    Caps c;
    __user_cap_header_struct hdr{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3]{};
    if (::syscall(SYS_capget, &hdr, data) != 0) {
        c.err = errno;
        return c;
    }
    c.effective = data[0].effective | (quint64(data[1].effective) << 32);
    c.permitted = data[0].permitted | (quint64(data[1].permitted) << 32);
    c.foreignUserns = !usernsReaches(c.usernsEvidence);
    c.netAdmin = (c.effective & (1ULL << CAP_NET_ADMIN)) && !c.foreignUserns;
    c.netRaw = (c.effective & (1ULL << CAP_NET_RAW)) && !c.foreignUserns;
    return c;
}

void checkCaps(Context &ctx, Findings &out)
{
    const Caps &c = ctx.caps();
    if (c.err) {
        const QString ev = QStringLiteral("capget: %1").arg(errnoText(c.err));
        for (const char *name : {"cap.net_admin", "cap.net_raw"})
            out << badFinding(Finding::Status::Fail, QString::fromLatin1(name), QString::fromLatin1(name) + QStringLiteral(".unknown"),
                              msg::Id("probe.cap.unknown"), {}, ev);
        return;
    }
    const QString ev = QStringLiteral("capget: effective=0x%1 permitted=0x%2; %3")
                           .arg(c.effective, 16, 16, QLatin1Char('0'))
                           .arg(c.permitted, 16, 16, QLatin1Char('0'))
                           .arg(c.usernsEvidence);
    const QJsonObject data{{QStringLiteral("effective"), QStringLiteral("0x%1").arg(c.effective, 0, 16)},
                           {QStringLiteral("permitted"), QStringLiteral("0x%1").arg(c.permitted, 0, 16)},
                           {QStringLiteral("foreignUserNamespace"), c.foreignUserns}};
    // Missing in a foreign user namespace has its own words: adding the
    // capability would not help there, running in the right namespace does.
    if (c.netAdmin)
        out << okFinding(QStringLiteral("cap.net_admin"), QStringLiteral("cap.net_admin.ok"),
                         msg::Id("probe.cap.net_admin.ok"), {}, ev, data);
    else
        out << badFinding(Finding::Status::Fail, QStringLiteral("cap.net_admin"), QStringLiteral("cap.net_admin.missing"),
                          c.foreignUserns ? msg::Id("probe.cap.net_admin.missing.userns")
                                          : msg::Id("probe.cap.net_admin.missing"),
                          {}, ev, data);
    if (c.netRaw)
        out << okFinding(QStringLiteral("cap.net_raw"), QStringLiteral("cap.net_raw.ok"),
                         msg::Id("probe.cap.net_raw.ok"), {}, ev, data);
    else
        out << badFinding(Finding::Status::Fail, QStringLiteral("cap.net_raw"), QStringLiteral("cap.net_raw.missing"),
                          c.foreignUserns ? msg::Id("probe.cap.net_raw.missing.userns")
                                          : msg::Id("probe.cap.net_raw.missing"),
                          {}, ev, data);
}

} // namespace byway::probe
