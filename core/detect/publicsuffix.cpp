// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/publicsuffix.h"

#include "detect/hostname.h"

#include <libpsl.h>

#include <optional>

namespace SmtpDoctor::Detect {

namespace {

// psl_latest() returns a context we own; psl_builtin() a static one that must not be freed.
// Either lives until the process ends (a function-local static: initialised once, thread-safe).
const psl_ctx_t *context()
{
    static const psl_ctx_t *const ctx = []() -> const psl_ctx_t * {
        if (const psl_ctx_t *latest = psl_latest(nullptr))
            return latest;
        return psl_builtin();
    }();
    return ctx;
}

} // namespace

QString registrableDomain(const QString &host)
{
    const std::optional<QString> ace = aceHostName(host);
    if (!ace)
        return {};
    const psl_ctx_t *psl = context();
    if (!psl)
        return {};
    const QByteArray name = ace->toLatin1();
    const char *registrable = psl_registrable_domain(psl, name.constData());
    if (!registrable)
        return {};
    // The result points into name: no allocation to free.
    return QString::fromLatin1(registrable);
}

bool sameRegistrableDomain(const QString &a, const QString &b)
{
    const QString domainA = registrableDomain(a);
    return !domainA.isEmpty() && domainA == registrableDomain(b);
}

} // namespace SmtpDoctor::Detect
