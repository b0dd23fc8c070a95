// SPDX-License-Identifier: GPL-3.0-or-later
// The Configuration form's shape: which parts each role uses, what is sent
// for a role, and where in the form a problem bywayd reports is shown.
#include "configmodel.h"

#include "configpointer.h"

#include <QJsonArray>

#include <algorithm>

namespace byway::qml {
namespace {

// A form part a role may not use, and the member that holds its values.
struct Part {
    const char16_t *section;
    const char16_t *pointer;
};
constexpr Part kParts[] = {
    {u"wan", u"/interfaces/wan"},   {u"lan", u"/interfaces/lan"}, {u"tunnels", u"/interfaces/tunnels"},
    {u"alternate", u"/interfaces/alternate"}, {u"pools", u"/pools"}, {u"nat", u"/nat"},
    {u"bypass", u"/bypass"},        {u"exits", u"/exits"},       {u"capture", u"/capture"},
};

// The form's fields below a section (ConfigurationPage, PoolEditor, ExitEditor).
const QStringList kPoolFields{u"name"_qs, u"subnet"_qs, u"users"_qs, u"exit"_qs};
const QStringList kExitFields{u"name"_qs, u"type"_qs, u"table"_qs, u"mark"_qs, u"device"_qs,
                              u"server"_qs, u"port"_qs, u"username"_qs, u"password"_qs};
const QStringList kFields{u"/role"_qs, u"/interfaces/wan"_qs, u"/interfaces/lan"_qs, u"/interfaces/tunnels"_qs,
                          u"/interfaces/alternate"_qs, u"/nat/masquerade"_qs, u"/nat/mssClamp"_qs,
                          u"/bypass/mainRouter"_qs, u"/bypass/address"_qs, u"/bypass/dhcp"_qs, u"/bypass/nat"_qs,
                          u"/bypass/ipv6Secondary"_qs, u"/capture/mode"_qs, u"/capture/mtu"_qs,
                          u"/capture/tun"_qs, u"/capture/maxFlows"_qs, u"/capture/packetInterfaces"_qs,
                          u"/ipv6/enabled"_qs, u"/ipv6/egressTargets"_qs, u"/dns/wanResolver"_qs,
                          u"/dns/redirectGroup"_qs, u"/routing/tableBase"_qs, u"/routing/priorityBase"_qs,
                          u"/routing/markMask"_qs, u"/routing/repairDrift"_qs, u"/debug/categories"_qs};

// The form section (ConfigSection.section) holding a top-level member.
QString sectionOfMember(const QString &member)
{
    static const QStringList inForm{u"interfaces"_qs, u"bypass"_qs, u"nat"_qs, u"capture"_qs, u"ipv6"_qs,
                                    u"dns"_qs, u"routing"_qs, u"debug"_qs, u"pools"_qs, u"exits"_qs, u"role"_qs};
    return inForm.contains(member) ? member : QString();
}

} // namespace

bool ConfigModel::sectionApplies(const QString &section) const
{
    const QString r = role();
    if (section == u"debug" || (section == u"routing" && r != u"none"))
        return true;
    if (r == u"vpn-gateway")
        return QStringList{u"wan"_qs, u"tunnels"_qs, u"pools"_qs, u"nat"_qs, u"exits"_qs, u"capture"_qs, u"ipv6"_qs}.contains(section);
    // Bypass and secondary routers send groups of their LAN clients (pools)
    // out of exits, masqueraded there (a tunnel to a VPN provider).
    if (r == u"bypass-router")
        return QStringList{u"lan"_qs, u"alternate"_qs, u"bypass"_qs, u"pools"_qs, u"nat"_qs, u"exits"_qs, u"capture"_qs, u"ipv6"_qs}
            .contains(section);
    if (r == u"secondary-router")
        return QStringList{u"wan"_qs, u"lan"_qs, u"alternate"_qs, u"bypass"_qs, u"pools"_qs, u"nat"_qs, u"exits"_qs,
                           u"capture"_qs, u"ipv6"_qs}
            .contains(section);
    if (r == u"wan-separated")
        return QStringList{u"wan"_qs, u"lan"_qs, u"exits"_qs, u"dns"_qs}.contains(section);
    return false;
}

QJsonObject ConfigModel::effectiveDocument() const
{
    const QString r = role();
    if (r == u"none")
        return m_doc;
    QJsonObject d = m_doc;
    for (const Part &p : kParts) {
        const QString pointer = QString::fromUtf16(p.pointer);
        if (!sectionApplies(QString::fromUtf16(p.section)) && !pointer::valueAt(d, pointer).isUndefined())
            d = pointer::setAt(d, pointer, QJsonValue(QJsonValue::Undefined));
    }
    // Only a secondary router masquerades towards the main router; a bypass
    // router refuses bypass.nat, which its form does not show.
    if (r != u"secondary-router" && !pointer::valueAt(d, u"/bypass/nat"_qs).isUndefined())
        d = pointer::setAt(d, u"/bypass/nat"_qs, QJsonValue(QJsonValue::Undefined));
    // A direct exit refuses SOCKS5 settings and a SOCKS5 exit a direct one's
    // table and device, which the form hides: switching an exit's type must
    // not leave the other's behind (the mark belongs to both).
    if (d.value(u"exits").isArray()) {
        QJsonArray exits = d.value(u"exits").toArray();
        for (qsizetype i = 0; i < exits.size(); ++i) {
            QJsonObject e = exits[i].toObject();
            if (e.value(u"type").toString(QStringLiteral("direct")) == u"socks5") {
                for (const char16_t *k : {u"table", u"device"})
                    e.remove(QString::fromUtf16(k));
            } else {
                for (const char16_t *k : {u"server", u"port", u"username", u"password"})
                    e.remove(QString::fromUtf16(k));
            }
            exits[i] = e;
        }
        d.insert(QStringLiteral("exits"), exits);
    }
    // An emptied "interfaces" says nothing the defaults do not.
    if (d.value(u"interfaces").isObject() && d.value(u"interfaces").toObject().isEmpty())
        d.remove(u"interfaces"_qs);
    return d;
}

QStringList ConfigModel::knownFields() const
{
    QStringList f = kFields;
    for (int i = 0; i < poolCount(); ++i)
        f.append(QStringLiteral("/pools/%1").arg(i));
    for (int i = 0; i < exitCount(); ++i)
        f.append(QStringLiteral("/exits/%1").arg(i));
    return f;
}

QVariantList ConfigModel::otherErrors() const
{
    // Problems no form field shows (a member the form does not edit, a typo
    // in an imported file): listed above the form so none goes unseen.
    const QStringList fields = knownFields();
    QVariantList out;
    for (const FieldError &e : m_errors) {
        const bool shown = std::any_of(fields.cbegin(), fields.cend(),
                                       [&](const QString &f) { return pointer::covers(f, e.path); });
        if (!shown)
            out.append(errorMap(e));
    }
    return out;
}

QVariantMap ConfigModel::placeOf(const QString &path) const
{
    QString field;
    int item = -1;
    const QStringList parts = path.split(QLatin1Char('/')).mid(1); // "/pools/0/subnet" → pools, 0, subnet
    const QString member = parts.value(0);
    const QString section = sectionOfMember(member);
    if ((member == u"pools" || member == u"exits") && parts.size() >= 2) {
        bool ok = false;
        const int i = parts[1].toInt(&ok);
        const int count = member == u"pools" ? poolCount() : exitCount();
        if (ok && i >= 0 && i < count) {
            item = i;
            const QStringList &fields = member == u"pools" ? kPoolFields : kExitFields;
            // An error in a user of a pool ("/pools/0/users/2/address") is shown by the users field.
            if (parts.size() >= 3 && fields.contains(parts[2]))
                field = QStringLiteral("/%1/%2/%3").arg(member).arg(i).arg(parts[2]);
            else
                field = QStringLiteral("/%1/%2/name").arg(member).arg(i);
        }
    } else {
        // The field itself or the one above it ("/nat/masquerade/0/out" → "/nat/masquerade").
        for (const QString &f : kFields)
            if (pointer::covers(f, path) && f.size() > field.size())
                field = f;
    }
    return {{QStringLiteral("field"), field}, {QStringLiteral("section"), section}, {QStringLiteral("item"), item}};
}

QVariantList ConfigModel::problems() const
{
    QVariantList out;
    for (const FieldError &e : m_errors) {
        QVariantMap m = errorMap(e);
        m.insert(placeOf(e.path));
        out.append(m);
    }
    return out;
}

bool ConfigModel::shows(const QString &section, const QString &pointer) const
{
    return sectionApplies(section) || flagged(pointer);
}

bool ConfigModel::flagged(const QString &pointer) const
{
    const auto at = [&](const FieldError &e) { return pointer::covers(pointer, e.path); };
    return std::any_of(m_errors.cbegin(), m_errors.cend(), at) || std::any_of(m_findings.cbegin(), m_findings.cend(), at);
}

bool ConfigModel::showProblem(const QString &path)
{
    const QVariantMap place = placeOf(path);
    m_focusField = place.value(QStringLiteral("field")).toString();
    m_focusSection = place.value(QStringLiteral("section")).toString();
    Q_EMIT focusRequested();
    return !m_focusSection.isEmpty();
}

} // namespace byway::qml
