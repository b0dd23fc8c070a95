// SPDX-License-Identifier: GPL-3.0-or-later
// The netlink foundation on synthetic kernel replies: attribute validation
// into tables, NLMSG_ERROR/NLMSG_DONE with and without extended acks, and
// how the replies to one request are told apart from everything else.
#include "netlink/attrs.h"
#include "netlink/reply.h"

#include <QTest>

#include <cerrno>
#include <climits>
#include <cstring>
#include <vector>

#include <libmnl/libmnl.h>
#include <linux/rtnetlink.h>

using namespace byway::netlink;

namespace {

constexpr uint32_t kPort = 4242;
constexpr uint32_t kSeq = 77;

// Room for a few messages, aligned like a receive buffer.
struct Buffer {
    alignas(nlmsghdr) char data[8192]{};
    std::size_t used = 0;

    nlmsghdr *put(uint16_t type, uint16_t flags = 0, uint32_t seq = kSeq, uint32_t pid = kPort)
    {
        auto *nlh = mnl_nlmsg_put_header(data + used);
        nlh->nlmsg_type = type;
        nlh->nlmsg_flags = flags;
        nlh->nlmsg_seq = seq;
        nlh->nlmsg_pid = pid;
        return nlh;
    }
    void done(const nlmsghdr *nlh) { used += MNL_ALIGN(nlh->nlmsg_len); }
    std::span<const char> span() const { return {data, used}; }
};

// An NLMSG_ERROR for `error`, optionally echoing a request of `echoed`
// payload bytes and carrying `text` as NLMSGERR_ATTR_MSG.
nlmsghdr *putError(Buffer &b, int error, const char *text = nullptr, std::size_t echoed = 0,
                   uint32_t seq = kSeq, uint32_t pid = kPort)
{
    uint16_t flags = echoed ? 0 : NLM_F_CAPPED;
    if (text)
        flags |= NLM_F_ACK_TLVS;
    nlmsghdr *nlh = b.put(NLMSG_ERROR, flags, seq, pid);
    auto *err = static_cast<nlmsgerr *>(mnl_nlmsg_put_extra_header(nlh, sizeof(nlmsgerr) + echoed));
    err->error = error;
    err->msg.nlmsg_len = static_cast<uint32_t>(sizeof(nlmsghdr) + echoed);
    err->msg.nlmsg_seq = seq;
    if (text)
        mnl_attr_put_strz(nlh, NLMSGERR_ATTR_MSG, text);
    b.done(nlh);
    return nlh;
}

nlmsghdr *putRoute(Buffer &b, uint32_t table, uint16_t flags = NLM_F_MULTI, uint32_t seq = kSeq)
{
    nlmsghdr *nlh = b.put(RTM_NEWROUTE, flags, seq);
    mnl_nlmsg_put_extra_header(nlh, sizeof(rtmsg));
    mnl_attr_put_u32(nlh, RTA_TABLE, table);
    b.done(nlh);
    return nlh;
}

nlmsghdr *putDone(Buffer &b, int value, uint32_t seq = kSeq)
{
    nlmsghdr *nlh = b.put(NLMSG_DONE, NLM_F_MULTI, seq);
    std::memcpy(mnl_nlmsg_put_extra_header(nlh, sizeof value), &value, sizeof value);
    b.done(nlh);
    return nlh;
}

} // namespace

class TestNetlink : public QObject {
    Q_OBJECT

private slots:
    void attrsIndexedByType();
    void attrsUnknownSkipped();
    void attrsWrongSizeRejects();
    void attrsMinLength();
    void attrsOffsetBeyondMessage();
    void attrsRuleBeyondTable();
    void attrsTruncatedStops();
    void attrsNested();
    void errorAck();
    void errorCappedExtack();
    void errorUncappedExtack();
    void errorBadExtack();
    void errorTruncated();
    void errorNotAnErrno();
    void doneStatus();
    void repliesDump();
    void repliesSkipOthers();
    void repliesRequestAck();
    void repliesFailure();
    void repliesInterrupted();
    void repliesHugeLength();
};

void TestNetlink::attrsIndexedByType()
{
    Buffer b;
    nlmsghdr *nlh = b.put(RTM_NEWROUTE);
    mnl_nlmsg_put_extra_header(nlh, sizeof(rtmsg));
    mnl_attr_put_u32(nlh, RTA_TABLE, 100);
    mnl_attr_put_u32(nlh, RTA_OIF, 3);
    const uint8_t gw[4] = {192, 0, 2, 1};
    mnl_attr_put(nlh, RTA_GATEWAY, sizeof gw, gw);
    Attrs<RTA_MAX + 1> tb;
    QVERIFY(parse(nlh, sizeof(rtmsg), {{RTA_TABLE, MNL_TYPE_U32}, {RTA_OIF, MNL_TYPE_U32}, {RTA_GATEWAY, MNL_TYPE_BINARY, 4}}, tb));
    QCOMPARE(mnl_attr_get_u32(tb[RTA_TABLE]), 100u);
    QCOMPARE(mnl_attr_get_u32(tb[RTA_OIF]), 3u);
    QCOMPARE(mnl_attr_get_payload_len(tb[RTA_GATEWAY]), 4u);
    QVERIFY(!tb[RTA_DST]);
    QVERIFY(!tb[-1]);
    QVERIFY(!tb[RTA_MAX + 5]);
}

void TestNetlink::attrsUnknownSkipped()
{
    Buffer b;
    nlmsghdr *nlh = b.put(RTM_NEWROUTE);
    mnl_nlmsg_put_extra_header(nlh, sizeof(rtmsg));
    mnl_attr_put_u16(nlh, RTA_PRIORITY, 1); // wrong size, but no rule asks for it
    mnl_attr_put_u32(nlh, RTA_TABLE, 7);
    Attrs<RTA_MAX + 1> tb;
    QVERIFY(parse(nlh, sizeof(rtmsg), {{RTA_TABLE, MNL_TYPE_U32}}, tb));
    QVERIFY(!tb[RTA_PRIORITY]);
    QCOMPARE(mnl_attr_get_u32(tb[RTA_TABLE]), 7u);
}

void TestNetlink::attrsWrongSizeRejects()
{
    Buffer b;
    nlmsghdr *nlh = b.put(RTM_NEWROUTE);
    mnl_nlmsg_put_extra_header(nlh, sizeof(rtmsg));
    mnl_attr_put_u16(nlh, RTA_TABLE, 7);
    Attrs<RTA_MAX + 1> tb;
    QVERIFY(!parse(nlh, sizeof(rtmsg), {{RTA_TABLE, MNL_TYPE_U32}}, tb));

    Buffer s;
    nlmsghdr *str = s.put(RTM_NEWLINK);
    mnl_nlmsg_put_extra_header(str, sizeof(ifinfomsg));
    mnl_attr_put(str, IFLA_IFNAME, 3, "eth"); // no NUL
    Attrs<IFLA_MAX + 1> link;
    QVERIFY(!parse(str, sizeof(ifinfomsg), {{IFLA_IFNAME, MNL_TYPE_NUL_STRING}}, link));
    QVERIFY(parse(str, sizeof(ifinfomsg), {{IFLA_IFNAME, MNL_TYPE_STRING}}, link));
}

void TestNetlink::attrsMinLength()
{
    Buffer b;
    nlmsghdr *nlh = b.put(RTM_NEWROUTE);
    mnl_nlmsg_put_extra_header(nlh, sizeof(rtmsg));
    const uint8_t v4[4] = {10, 0, 0, 1};
    mnl_attr_put(nlh, RTA_DST, sizeof v4, v4);
    Attrs<RTA_MAX + 1> tb;
    QVERIFY(parse(nlh, sizeof(rtmsg), {{RTA_DST, MNL_TYPE_BINARY, 4}}, tb));
    QVERIFY(!parse(nlh, sizeof(rtmsg), {{RTA_DST, MNL_TYPE_BINARY, 16}}, tb));
    QVERIFY(!tb[RTA_DST]); // a rejected message leaves nothing to read
}

void TestNetlink::attrsOffsetBeyondMessage()
{
    Buffer b;
    nlmsghdr *nlh = b.put(RTM_NEWROUTE);
    mnl_nlmsg_put_extra_header(nlh, 4);
    Attrs<RTA_MAX + 1> tb;
    QVERIFY(!parse(nlh, sizeof(rtmsg), {{RTA_TABLE, MNL_TYPE_U32}}, tb));
    QVERIFY(parse(nlh, 4, {{RTA_TABLE, MNL_TYPE_U32}}, tb));
}

void TestNetlink::attrsRuleBeyondTable()
{
    Buffer b;
    nlmsghdr *nlh = b.put(RTM_NEWROUTE);
    mnl_nlmsg_put_extra_header(nlh, sizeof(rtmsg));
    mnl_attr_put_u32(nlh, RTA_TABLE, 1);
    Attrs<RTA_TABLE> small; // one too few for RTA_TABLE
    QVERIFY(!parse(nlh, sizeof(rtmsg), {{RTA_TABLE, MNL_TYPE_U32}}, small));
}

void TestNetlink::attrsTruncatedStops()
{
    Buffer b;
    nlmsghdr *nlh = b.put(RTM_NEWROUTE);
    mnl_nlmsg_put_extra_header(nlh, sizeof(rtmsg));
    mnl_attr_put_u32(nlh, RTA_TABLE, 9);
    auto *last = static_cast<nlattr *>(mnl_nlmsg_get_payload_tail(nlh));
    mnl_attr_put_u32(nlh, RTA_OIF, 2);
    last->nla_len = 64; // claims more than the message holds
    Attrs<RTA_MAX + 1> tb;
    QVERIFY(parse(nlh, sizeof(rtmsg), {{RTA_TABLE, MNL_TYPE_U32}, {RTA_OIF, MNL_TYPE_U32}}, tb));
    QCOMPARE(mnl_attr_get_u32(tb[RTA_TABLE]), 9u);
    QVERIFY(!tb[RTA_OIF]);
}

void TestNetlink::attrsNested()
{
    Buffer b;
    nlmsghdr *nlh = b.put(RTM_NEWLINK);
    mnl_nlmsg_put_extra_header(nlh, sizeof(ifinfomsg));
    nlattr *nest = mnl_attr_nest_start(nlh, IFLA_LINKINFO);
    mnl_attr_put_str(nlh, IFLA_INFO_KIND, "bridge");
    mnl_attr_nest_end(nlh, nest);
    Attrs<IFLA_MAX + 1> tb;
    QVERIFY(parse(nlh, sizeof(ifinfomsg), {{IFLA_LINKINFO, MNL_TYPE_NESTED}}, tb));
    Attrs<IFLA_INFO_MAX + 1> info;
    QVERIFY(parseNested(tb[IFLA_LINKINFO], {{IFLA_INFO_KIND, MNL_TYPE_STRING}}, info));
    QCOMPARE(QByteArray(static_cast<const char *>(mnl_attr_get_payload(info[IFLA_INFO_KIND])),
                        int(mnl_attr_get_payload_len(info[IFLA_INFO_KIND]))),
             QByteArray("bridge"));
    QVERIFY(!parseNested(tb[IFLA_LINKINFO], {{IFLA_INFO_KIND, MNL_TYPE_U32}}, info));
}

void TestNetlink::errorAck()
{
    Buffer b;
    const Status st = parseError(putError(b, 0));
    QCOMPARE(st.error, 0);
    QVERIFY(st.extack.empty());
}

void TestNetlink::errorCappedExtack()
{
    Buffer b;
    const Status st = parseError(putError(b, -EINVAL, "Invalid prefix for given prefix length"));
    QCOMPARE(st.error, EINVAL);
    QCOMPARE(QByteArray::fromStdString(st.extack), QByteArray("Invalid prefix for given prefix length"));
}

void TestNetlink::errorUncappedExtack()
{
    // The whole request (here 28 payload bytes: an rtmsg and a 16-byte
    // attribute) comes back before the attributes.
    Buffer b;
    const Status st = parseError(putError(b, -EEXIST, "File exists in table", 28));
    QCOMPARE(st.error, EEXIST);
    QCOMPARE(QByteArray::fromStdString(st.extack), QByteArray("File exists in table"));
}

void TestNetlink::errorBadExtack()
{
    Buffer b;
    nlmsghdr *nlh = b.put(NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS);
    auto *err = static_cast<nlmsgerr *>(mnl_nlmsg_put_extra_header(nlh, sizeof(nlmsgerr)));
    err->error = -EPERM;
    mnl_attr_put(nlh, NLMSGERR_ATTR_MSG, 4, "oops"); // no NUL: not a string the kernel sends
    const Status st = parseError(nlh);
    QCOMPARE(st.error, EPERM);
    QVERIFY(st.extack.empty());

    // An echoed length that cannot be a request: the errno still counts.
    Buffer c;
    nlmsghdr *bad = putError(c, -ENOENT, "gone", 0);
    bad->nlmsg_flags &= ~NLM_F_CAPPED;
    static_cast<nlmsgerr *>(mnl_nlmsg_get_payload(bad))->msg.nlmsg_len = 3;
    QCOMPARE(parseError(bad).error, ENOENT);
    static_cast<nlmsgerr *>(mnl_nlmsg_get_payload(bad))->msg.nlmsg_len = 0x7fffffff;
    QCOMPARE(parseError(bad).error, ENOENT);
    QVERIFY(parseError(bad).extack.empty());
}

void TestNetlink::errorTruncated()
{
    Buffer b;
    nlmsghdr *nlh = b.put(NLMSG_ERROR);
    mnl_nlmsg_put_extra_header(nlh, 4); // an errno, no echoed header
    QCOMPARE(parseError(nlh).error, EBADMSG);
}

void TestNetlink::errorNotAnErrno()
{
    Buffer b;
    QCOMPARE(parseError(putError(b, 5)).error, EPROTO);
    Buffer c;
    QCOMPARE(parseError(putError(c, INT_MIN)).error, EPROTO);
}

void TestNetlink::doneStatus()
{
    Buffer b;
    QCOMPARE(parseDone(putDone(b, 0)).error, 0);
    QCOMPARE(parseDone(putDone(b, -EMSGSIZE)).error, EMSGSIZE);
    nlmsghdr *empty = b.put(NLMSG_DONE, NLM_F_MULTI);
    QCOMPARE(parseDone(empty).error, 0);
}

void TestNetlink::repliesDump()
{
    Buffer one, two;
    putRoute(one, 254);
    putRoute(one, 100);
    putRoute(two, 200);
    putDone(two, 0);
    Replies replies(kSeq, kPort, true);
    QList<uint32_t> tables;
    const MessageFn collect = [&](const nlmsghdr *m) {
        Attrs<RTA_MAX + 1> tb;
        QVERIFY(parse(m, sizeof(rtmsg), {{RTA_TABLE, MNL_TYPE_U32}}, tb));
        tables << mnl_attr_get_u32(tb[RTA_TABLE]);
    };
    auto first = replies.feed(one.span(), collect);
    QVERIFY(first && *first == Replies::Progress::More);
    auto second = replies.feed(two.span(), collect);
    QVERIFY(second && *second == Replies::Progress::Done);
    QCOMPARE(tables, (QList<uint32_t>{254, 100, 200}));
    QVERIFY(!replies.interrupted());
}

void TestNetlink::repliesSkipOthers()
{
    // A late answer to an earlier request (its error and its DONE), and a
    // message for another port, are not this request's.
    Buffer b;
    putError(b, -ETIMEDOUT, nullptr, 0, kSeq - 1);
    putRoute(b, 1, NLM_F_MULTI, kSeq - 1);
    putDone(b, -EPERM, kSeq - 1);
    putError(b, -EPERM, nullptr, 0, kSeq, kPort + 1);
    putRoute(b, 2);
    putDone(b, 0);
    Replies replies(kSeq, kPort, true);
    int seen = 0;
    auto p = replies.feed(b.span(), [&](const nlmsghdr *) { ++seen; });
    QVERIFY(p && *p == Replies::Progress::Done);
    QCOMPARE(seen, 1);
}

void TestNetlink::repliesRequestAck()
{
    Buffer b;
    putRoute(b, 254, 0);
    putError(b, 0);
    int seen = 0;
    Replies request(kSeq, kPort, false);
    auto p = request.feed(b.span(), [&](const nlmsghdr *) { ++seen; });
    QVERIFY(p && *p == Replies::Progress::Done);
    QCOMPARE(seen, 1);

    // In a dump an ACK (NLM_F_ACK on a dump request) is not the end.
    Replies dump(kSeq, kPort, true);
    auto d = dump.feed(b.span(), {});
    QVERIFY(d && *d == Replies::Progress::More);
}

void TestNetlink::repliesFailure()
{
    Buffer b;
    putError(b, -ENODEV, "Device does not exist");
    Replies replies(kSeq, kPort, false);
    auto p = replies.feed(b.span(), {});
    QVERIFY(!p);
    QCOMPARE(p.error().error, ENODEV);
    QCOMPARE(QByteArray::fromStdString(p.error().extack), QByteArray("Device does not exist"));
    QVERIFY(p.error().stage == Stage::Reply);

    Buffer d;
    putRoute(d, 1);
    putDone(d, -EMSGSIZE);
    Replies dump(kSeq, kPort, true);
    auto q = dump.feed(d.span(), {});
    QVERIFY(!q);
    QCOMPARE(q.error().error, EMSGSIZE);
}

void TestNetlink::repliesInterrupted()
{
    Buffer b;
    putRoute(b, 1);
    putRoute(b, 2, NLM_F_MULTI | NLM_F_DUMP_INTR);
    putDone(b, 0);
    Replies replies(kSeq, kPort, true);
    auto p = replies.feed(b.span(), {});
    QVERIFY(p && *p == Replies::Progress::Done);
    QVERIFY(replies.interrupted());
}

void TestNetlink::repliesHugeLength()
{
    // A length above 2 GiB must end the datagram, not send the walk outside
    // it (libmnl 1.0.4's mnl_nlmsg_ok takes it for a fit; found by fuzz_netlink).
    Buffer b;
    putRoute(b, 1);
    nlmsghdr *bad = putRoute(b, 2);
    bad->nlmsg_len = 0xfffffff0u;
    int seen = 0;
    Replies replies(kSeq, kPort, true);
    auto p = replies.feed(b.span(), [&](const nlmsghdr *) { ++seen; });
    QVERIFY(p && *p == Replies::Progress::More);
    QCOMPARE(seen, 1);
    seen = 0;
    forEachMessage(b.span(), [&](const nlmsghdr *) { ++seen; });
    QCOMPARE(seen, 1);
}

QTEST_GUILESS_MAIN(TestNetlink)
#include "tst_netlink.moc"
