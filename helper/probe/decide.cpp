// SPDX-License-Identifier: GPL-3.0-or-later
// The mode rules. Pure: findings in, decision out.
#include "probe/probe.h"

namespace byway::probe {

namespace {
const Finding *find(const QList<Finding> &fs, QStringView check)
{
    for (const Finding &f : fs)
        if (f.check == check)
            return &f;
    return nullptr;
}
bool isOk(const Finding *f)
{
    return f && f->status == Finding::Status::Ok;
}
QString codeOf(const Finding *f, const char *missing)
{
    return f ? f->code : QString::fromLatin1(missing);
}
} // namespace

Decision decide(const QList<Finding> &findings)
{
    const Finding *admin = find(findings, u"cap.net_admin");
    const Finding *raw = find(findings, u"cap.net_raw");
    const Finding *nft = find(findings, u"nftables");
    const Finding *tun = find(findings, u"tun");
    const Finding *packet = find(findings, u"packet");
    const Finding *ipv6 = find(findings, u"ipv6.egress");

    const bool haveAdmin = isOk(admin);
    const bool haveNft = haveAdmin && isOk(nft);
    const bool haveTun = haveAdmin && isOk(tun);
    const bool havePacket = isOk(packet) && isOk(raw);

    Decision d;
    // Features gone whatever the mode, so the GUI can grey them out.
    if (!haveTun)
        d.featuresOff << QStringLiteral("capture.tun");
    if (!havePacket)
        d.featuresOff << QStringLiteral("capture.packet");
    if (ipv6 && ipv6->status != Finding::Status::Ok)
        d.featuresOff << QStringLiteral("ipv6");
    // A read-only /proc/sys (unprivileged container): no sysctl is written.
    if (const Finding *proc = find(findings, u"sysctl.proc"); proc && proc->code != u"sysctl.writable")
        d.featuresOff << QStringLiteral("sysctl.write");

    if (haveNft) {
        d.mode = Mode::Standard;
        d.reasons << codeOf(nft, "nft.unprobed") << codeOf(admin, "cap.net_admin.unprobed");
        return d;
    }
    // Without nf_tables, no DNAT to a local proxy, no masquerade and no
    // forward filtering from Byway: the standard path is gone.
    d.featuresOff.prepend(QStringLiteral("standard.forward"));
    d.featuresOff.prepend(QStringLiteral("standard.nat"));
    d.reasons << (haveAdmin ? codeOf(nft, "nft.unprobed") : codeOf(admin, "cap.net_admin.unprobed"));

    if (haveAdmin && (haveTun || havePacket)) {
        d.mode = Mode::Compat;
        if (haveTun)
            d.reasons << codeOf(tun, "tun.unprobed");
        if (havePacket)
            d.reasons << codeOf(packet, "packet.unprobed");
        return d;
    }
    d.mode = Mode::Limited;
    if (haveAdmin) {
        d.reasons << codeOf(tun, "tun.unprobed");
        d.reasons << (isOk(packet) ? codeOf(raw, "cap.net_raw.unprobed") : codeOf(packet, "packet.unprobed"));
    } else {
        // Policy routing and sysctls need NET_ADMIN too.
        d.featuresOff << QStringLiteral("routing.policy") << QStringLiteral("sysctl.write");
    }
    d.reasons.removeDuplicates();
    return d;
}

} // namespace byway::probe
