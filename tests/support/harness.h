// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Access to the real-server test harness (tests/harness/harness.sh) from Qt tests.
// The harness exports its facts as environment variables (see $SDOC_HARNESS_DIR/env
// and tests/harness/README.md); tests that need it start with SDOC_REQUIRE_HARNESS().
// Links Qt Core, Network and Test only.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QTest>

namespace SmtpDoctor::Test {

// True when this process runs inside an "up" harness (SDOC_HARNESS=1, run dir present).
[[nodiscard]] bool harnessAvailable();
// Why harnessAvailable() is false, in one line (for QSKIP).
[[nodiscard]] QString harnessSkipReason();
// The value of an environment variable (UTF-8), empty if unset.
[[nodiscard]] QString env(const char *name);
// The test CA ($SDOC_CA_FILE); empty if unavailable.
[[nodiscard]] QList<QSslCertificate> harnessCa();
// Polls the Maildir of `user` ("bob" or "bob@sdoc.test") under $SDOC_MAILDIR until a
// delivered message contains `needle`, for at most timeoutMs. Stores that message.
[[nodiscard]] bool waitForMail(const QString &user, const QByteArray &needle, int timeoutMs,
                               QByteArray *message = nullptr);
// The harness's dnsmasq query log ($SDOC_HARNESS_DIR/log/dnsmasq.log): its size now (an
// offset for dnsQueriesSince), and how often dnsmasq was asked "query[TYPE] NAME" since
// `offset`, by lower-case NAME. dnsmasq writes the log asynchronously: wait a moment first.
[[nodiscard]] qint64 dnsLogSize();
[[nodiscard]] QHash<QString, int> dnsQueriesSince(qint64 offset, const QString &type);

} // namespace SmtpDoctor::Test

// Skips the current test function (or, in initTestCase, the whole test) with the
// reason when the harness is not up.
#define SDOC_REQUIRE_HARNESS()                                                                   \
    do {                                                                                         \
        if (!::SmtpDoctor::Test::harnessAvailable())                                             \
            QSKIP(qPrintable(::SmtpDoctor::Test::harnessSkipReason()));                          \
    } while (false)
