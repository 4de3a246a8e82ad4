// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/portresult.h"

#include <QJsonObject>

namespace SmtpDoctor::Ports {

// The JSON of "smtp-doctor-cli ports --json":
// {host, ports: [{port, reachable, state, speaks, protocol_name, tls: {protocol, cipher,
//  verified, errors[], certificate: {...}} | null, starttls, auth_before_tls[],
//  auth_after_tls[], greeting, greeting_host, ms, ...}], findings: [{id, port, text}],
//  recommendation: {port, security, text} | null, ms}. Holds no secret.
[[nodiscard]] QJsonObject portResultToJson(const PortResult &port);
[[nodiscard]] QJsonObject portReportToJson(const PortReport &report);

} // namespace SmtpDoctor::Ports
