#pragma once

#include <QString>

namespace ElbDesk::Ids {

// Project, load balancer, listener, member and job ids are 32 lower-case hex characters.
// Everything that goes into a URL path passes through here, so no path or query can be injected.
[[nodiscard]] bool isHexId(const QString &id);
// ECS server ids are dashed UUIDs (8-4-4-4-12 hex, either case).
[[nodiscard]] bool isServerId(const QString &id);
// A dotted IPv4 or an IPv6 address, as `server_address` carries.
[[nodiscard]] bool isIpAddress(const QString &address);

} // namespace ElbDesk::Ids
