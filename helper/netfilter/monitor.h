// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Drift detection: nf_tables change notifications (NFNLGRP_NFTABLES) about
// Byway's tables. The fd is non-blocking and suits a QSocketNotifier: on
// activated(), call readEvents().

#include "netfilter/netfilter.h"

namespace byway::nft {

struct ChangeEvent {
    enum class Kind { TableAdded, TableDeleted, ChainAdded, ChainDeleted, RuleAdded, RuleDeleted };
    Kind kind = Kind::TableDeleted;
    QString table;
    QString chain;
    QString ruleId;     // from the rule's comment, when the kernel sent it
    quint32 pid = 0;    // process that committed the transaction (0: unknown)
    quint32 generation = 0;
};

[[nodiscard]] QString kindName(ChangeEvent::Kind k);

class Monitor {
public:
    [[nodiscard]] static Result<Monitor> open();
    [[nodiscard]] int fd() const;
    // Everything that is waiting, without blocking. Events of one
    // transaction are held back until its NEWGEN arrives, which names the
    // committing process: the daemon drops its own (pid == getpid()).
    // ENOBUFS (events were lost) is returned as KernelFailed: re-read state.
    [[nodiscard]] Result<QList<ChangeEvent>> readEvents();

private:
    explicit Monitor(netlink::Socket sock);
    // One notification: held back in m_pending, or released with its NEWGEN.
    void take(const nlmsghdr *nlh, QList<ChangeEvent> &out);
    netlink::Socket m_sock;
    QList<ChangeEvent> m_pending;
};

} // namespace byway::nft
