// SPDX-License-Identifier: GPL-3.0-or-later
// AF_PACKET capture on per-tunnel interfaces (xfrm-style `ikec*`): a
// SOCK_RAW packet socket bound to each matching interface; PACKET_OUTGOING
// is dropped (our own injected replies would loop forever otherwise);
// replies leave through a raw IP socket (IPPROTO_RAW, so IP_HDRINCL) bound to
// the interface, so the kernel encapsulates them. Interfaces are followed by
// a periodic rescan (if_nameindex), which also catches a changed ifindex.
#pragma once

#include "eventsource.h"
#include "fd.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <span>

namespace byway::capture {

class Engine;

class PacketInterfaces {
public:
    struct Iface : EventSource {
        Engine *engine = nullptr;
        QString name;
        int ifindex = 0;
        int hatype = 0;
        Fd sock, raw4, raw6;
        uint64_t captured = 0, outgoing = 0, injected = 0;
        void onEvents(uint32_t events) override;
    };

    void setPatterns(const QStringList &patterns) { m_patterns = patterns; }
    [[nodiscard]] bool enabled() const { return !m_patterns.isEmpty(); }
    // Opens sockets for new matches, closes vanished or re-indexed ones.
    void rescan(Engine &engine);
    [[nodiscard]] bool send(int ifindex, std::span<const uint8_t> packet);
    [[nodiscard]] QJsonArray toJson() const;
    void closeAll(Engine &engine);

private:
    QStringList m_patterns;
    std::map<int, std::unique_ptr<Iface>> m_ifaces; // by ifindex
};

} // namespace byway::capture
