// SPDX-License-Identifier: GPL-3.0-or-later
// libbywaymark.so — run a program on a Byway exit by packet mark.
//
//   BYWAY_MARK=0x10000 LD_PRELOAD=/usr/lib/byway/libbywaymark.so curl ...
//
// Wraps socket(): every AF_INET/AF_INET6 socket gets SO_MARK = $BYWAY_MARK
// (decimal or 0x-hex, 32 bits) right after the real socket() returns.
// socketpair() and other families are left alone. BYWAY_MARK unset or 0:
// nothing is changed (the library is inert).
//
// Why at creation: the kernel picks a socket's route, and with it the
// source address, when the socket connects or sends its first packet; the
// FIB rules see the socket's mark then. Marking the packets later in
// netfilter (iptables/nft "meta mark set" in OUTPUT) makes the kernel
// re-route them, but the source address chosen for the first route stays:
// the packet leaves the WAN with the mesh/LAN source and its replies never
// come back (Gluon's libpacketmark notes the same). With the mark on the
// socket the first lookup already uses the WAN table.
//
// Fail closed. SO_MARK needs CAP_NET_ADMIN. When setsockopt fails, the
// socket is closed and socket() returns -1 with errno EPERM (the
// setsockopt's own errno), and one line goes to stderr. An unmarked socket
// would follow the main table — the path the admin chose exec to avoid —
// so the program sees "no network" rather than traffic leaking by the
// default route. Not abort(): a program that handles a failed socket()
// keeps its own error reporting and cleanup; nothing is sent either way.
// BYWAY_MARK set but not a valid mark fails the same way (EINVAL): a typo
// must not turn into unmarked traffic.
//
// Limits: only sockets made through libc's socket() are seen. Statically
// linked programs, raw syscall(SYS_socket) and io_uring socket creation
// bypass any LD_PRELOAD library; run those in a cgroup or netns instead.
//
// State: this library has exactly one piece of process-wide state, `g`
// below: the parsed mark and the real socket() (filled once, at load time
// or on the first call, idempotently — two threads racing on the first call
// both compute the same values) and the warned-once flag (atomic).

#include <dlfcn.h>
#include <errno.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef int (*socket_fn)(int, int, int);

static struct {
    _Atomic(socket_fn) real_socket;
    atomic_int state;   // 0 not parsed yet, 1 no mark, 2 mark valid, 3 BYWAY_MARK invalid
    atomic_uint mark;
    atomic_int warned;
} g;

// Decimal or 0x-hex, nothing else, at most 32 bits.
static int parse_mark(const char *s, unsigned *out)
{
    if (!s || !*s)
        return 0;
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    }
    if (!*s)
        return 0;
    unsigned long long v = 0;
    for (; *s; ++s) {
        int d;
        if (*s >= '0' && *s <= '9')
            d = *s - '0';
        else if (base == 16 && *s >= 'a' && *s <= 'f')
            d = *s - 'a' + 10;
        else if (base == 16 && *s >= 'A' && *s <= 'F')
            d = *s - 'A' + 10;
        else
            return 0;
        v = v * (unsigned)base + (unsigned)d;
        if (v > 0xffffffffULL)
            return 0;
    }
    *out = (unsigned)v;
    return 1;
}

static void init(void)
{
    if (!atomic_load(&g.real_socket))
        atomic_store(&g.real_socket, (socket_fn)dlsym(RTLD_NEXT, "socket"));
    if (atomic_load(&g.state) == 0) {
        unsigned m = 0;
        const char *env = getenv("BYWAY_MARK");
        int state = 1;
        if (env && *env)
            state = !parse_mark(env, &m) ? 3 : (m != 0 ? 2 : 1);
        atomic_store(&g.mark, m);
        atomic_store(&g.state, state);
    }
}

__attribute__((constructor)) static void bywaymark_load(void)
{
    init();
}

static void warn_once(int err)
{
    if (atomic_exchange(&g.warned, 1))
        return;
    // write(2), not stdio: safe in any state of the program's own buffers.
    static const char pre[] = "libbywaymark: cannot set SO_MARK (";
    static const char post[] = "): refusing to open unmarked network sockets (needs CAP_NET_ADMIN and a valid BYWAY_MARK)\n";
    const char *why = strerror(err);
    ssize_t r = write(STDERR_FILENO, pre, sizeof pre - 1);
    r = write(STDERR_FILENO, why, strlen(why));
    r = write(STDERR_FILENO, post, sizeof post - 1);
    (void)r;
}

__attribute__((visibility("default"))) int socket(int domain, int type, int protocol)
{
    init();
    socket_fn real = atomic_load(&g.real_socket);
    if (!real) {
        errno = ENOSYS;
        return -1;
    }
    const int state = atomic_load(&g.state);
    if ((domain == AF_INET || domain == AF_INET6) && state == 3) {
        warn_once(EINVAL);
        errno = EINVAL;
        return -1;
    }
    const int fd = real(domain, type, protocol);
    if (fd < 0 || (domain != AF_INET && domain != AF_INET6) || state != 2)
        return fd;
    const unsigned mark = atomic_load(&g.mark);
    const int saved = errno;
    if (setsockopt(fd, SOL_SOCKET, SO_MARK, &mark, sizeof mark) < 0) {
        const int err = errno;
        close(fd);
        warn_once(err);
        errno = err;
        return -1;
    }
    errno = saved; // the program sees socket()'s own errno, as without us
    return fd;
}
