// SPDX-License-Identifier: GPL-3.0-or-later
//
// nfqdelay: adds a fixed latency to every packet that an iptables NFQUEUE rule
// hands to it. Used by bench/run.sh, because the kernel here has no netem.
//
//   nfqdelay -q QUEUE -d DELAY_MS [-n CAPACITY] [-v]
//
// Every packet read from netfilter queue QUEUE is accepted DELAY_MS after it
// arrived (fractional milliseconds allowed). The delay is the same for every
// packet, so arrival order is due order: the pending packets live in one FIFO
// ring, and one timerfd, armed with the absolute due time of the oldest packet,
// releases whatever is due. Order is kept; nothing sleeps per packet.
//
// The ring holds at most CAPACITY packets (default 4096); the kernel queue gets
// the same limit, so a flood beyond it is dropped (and counted), not buffered
// without bound. On SIGTERM or SIGINT every packet still held is accepted at
// once, the queue is unbound and the program exits 0, so no connection is left
// waiting on packets nobody will release. With `iptables ... --queue-bypass`
// packets pass undelayed whenever no nfqdelay is bound.
//
// The program prints "ready" on stdout once it is bound, and a one-line summary
// on stderr when it exits.
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <libnetfilter_queue/libnetfilter_queue.h>
#include <linux/netfilter.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

struct held {
    uint32_t id;
    uint64_t due_ns; // CLOCK_MONOTONIC
};

static struct held *ring;
static size_t ring_cap, ring_head, ring_len;
static uint64_t delay_ns;
static uint64_t n_seen, n_accepted, n_dropped_full, n_max_held;
static struct nfq_q_handle *qh;
static int verbose;

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void die(const char *what)
{
    fprintf(stderr, "nfqdelay: %s: %s\n", what, strerror(errno));
    exit(1);
}

static void verdict(uint32_t id, uint32_t v)
{
    // ENOBUFS etc. are not fatal: the kernel re-injects nothing, but a lost verdict
    // only means one dropped packet, which TCP repairs.
    if (nfq_set_verdict(qh, id, v, 0, NULL) < 0 && verbose)
        fprintf(stderr, "nfqdelay: verdict for %" PRIu32 " failed: %s\n", id, strerror(errno));
}

static int on_packet(struct nfq_q_handle *q, struct nfgenmsg *msg, struct nfq_data *nfa, void *data)
{
    (void)q;
    (void)msg;
    (void)data;
    const struct nfqnl_msg_packet_hdr *ph = nfq_get_msg_packet_hdr(nfa);
    if (!ph)
        return 0;
    const uint32_t id = ntohl(ph->packet_id);
    ++n_seen;
    if (ring_len == ring_cap) {
        ++n_dropped_full;
        verdict(id, NF_DROP);
        return 0;
    }
    struct held *h = &ring[(ring_head + ring_len) % ring_cap];
    h->id = id;
    h->due_ns = now_ns() + delay_ns;
    ++ring_len;
    if (ring_len > n_max_held)
        n_max_held = ring_len;
    return 0;
}

// Accepts every packet that is due (all of them if `all`), then arms the timer
// for the next one (or disarms it).
static void release(int tfd, int all)
{
    const uint64_t t = now_ns();
    while (ring_len > 0 && (all || ring[ring_head].due_ns <= t)) {
        verdict(ring[ring_head].id, NF_ACCEPT);
        ++n_accepted;
        ring_head = (ring_head + 1) % ring_cap;
        --ring_len;
    }
    struct itimerspec its;
    memset(&its, 0, sizeof its);
    if (ring_len > 0) {
        const uint64_t due = ring[ring_head].due_ns;
        its.it_value.tv_sec = (time_t)(due / 1000000000u);
        its.it_value.tv_nsec = (long)(due % 1000000000u);
    }
    if (timerfd_settime(tfd, TFD_TIMER_ABSTIME, &its, NULL) < 0)
        die("timerfd_settime");
}

static void usage(void)
{
    fprintf(stderr, "usage: nfqdelay -q QUEUE -d DELAY_MS [-n CAPACITY] [-v]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    int queue = -1;
    double delay_ms = -1;
    long cap = 4096;
    int opt;
    while ((opt = getopt(argc, argv, "q:d:n:v")) != -1) {
        switch (opt) {
        case 'q':
            queue = atoi(optarg);
            break;
        case 'd':
            delay_ms = strtod(optarg, NULL);
            break;
        case 'n':
            cap = strtol(optarg, NULL, 10);
            break;
        case 'v':
            verbose = 1;
            break;
        default:
            usage();
        }
    }
    if (queue < 0 || queue > 65535 || delay_ms < 0 || delay_ms > 60000 || cap < 1 || cap > 1000000)
        usage();
    delay_ns = (uint64_t)(delay_ms * 1e6 + 0.5);
    ring_cap = (size_t)cap;
    ring = calloc(ring_cap, sizeof *ring);
    if (!ring)
        die("calloc");

    // Signals arrive through a signalfd, so the loop below is the only place that
    // acts on them (no async-signal-safety games).
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGHUP);
    if (sigprocmask(SIG_BLOCK, &mask, NULL) < 0)
        die("sigprocmask");
    const int sfd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
    if (sfd < 0)
        die("signalfd");
    const int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
    if (tfd < 0)
        die("timerfd_create");

    struct nfq_handle *h = nfq_open();
    if (!h)
        die("nfq_open");
    // Needed only by old kernels; harmless (and allowed to fail) on new ones.
    nfq_bind_pf(h, AF_INET);
    nfq_bind_pf(h, AF_INET6);
    qh = nfq_create_queue(h, (uint16_t)queue, &on_packet, NULL);
    if (!qh)
        die("nfq_create_queue (is another nfqdelay bound to this queue?)");
    if (nfq_set_mode(qh, NFQNL_COPY_META, 0) < 0) // the verdict needs only the id
        die("nfq_set_mode");
    if (nfq_set_queue_maxlen(qh, (uint32_t)ring_cap) < 0)
        die("nfq_set_queue_maxlen");
    // Loopback hands over GSO super-packets; take them whole instead of having the
    // kernel segment them for us (the delay is per packet, not per byte).
    if (nfq_set_queue_flags(qh, NFQA_CFG_F_GSO, NFQA_CFG_F_GSO) < 0 && verbose)
        fprintf(stderr, "nfqdelay: GSO flag not supported; continuing\n");
    const int fd = nfq_fd(h);
    nfnl_rcvbufsiz(nfq_nfnlh(h), 4u << 20);

    printf("ready\n");
    fflush(stdout);

    char buf[65536] __attribute__((aligned));
    struct pollfd pfd[3] = {{fd, POLLIN, 0}, {tfd, POLLIN, 0}, {sfd, POLLIN, 0}};
    int stop = 0;
    uint64_t n_enobufs = 0;
    while (!stop) {
        if (poll(pfd, 3, -1) < 0) {
            if (errno == EINTR)
                continue;
            die("poll");
        }
        if (pfd[2].revents & POLLIN) {
            struct signalfd_siginfo si;
            while (read(sfd, &si, sizeof si) == (ssize_t)sizeof si)
                stop = 1;
        }
        if (pfd[0].revents & POLLIN) {
            // Drain everything queued now, without blocking.
            for (;;) {
                const ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
                if (n < 0) {
                    if (errno == ENOBUFS) { // the socket overflowed: packets were lost to us
                        ++n_enobufs;
                        continue;
                    }
                    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                        break;
                    die("recv");
                }
                nfq_handle_packet(h, buf, (int)n);
            }
        }
        if (pfd[1].revents & POLLIN) {
            uint64_t expirations;
            if (read(tfd, &expirations, sizeof expirations) < 0 && errno != EAGAIN)
                die("read timerfd");
        }
        // Arms the timer for a newly queued head, or releases what is due.
        release(tfd, stop);
    }

    nfq_destroy_queue(qh);
    nfq_close(h);
    fprintf(stderr,
            "nfqdelay: queue %d, delay %.3f ms: %" PRIu64 " packets, %" PRIu64 " accepted, %" PRIu64
            " dropped (ring full), %" PRIu64 " socket overruns, at most %" PRIu64 " held\n",
            queue, delay_ms, n_seen, n_accepted, n_dropped_full, n_enobufs, n_max_held);
    free(ring);
    return 0;
}
