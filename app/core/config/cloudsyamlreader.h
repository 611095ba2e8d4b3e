#pragma once

#include "cloudentry.h"
#include "yamlnode.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ElbDesk {

// Reads the clouds of an OpenStack / otcextensions clouds.yaml (and secure.yaml):
//
//   clouds:
//     otc:
//       profile: otc
//       region_name: eu-de
//       auth:
//         auth_url: https://iam.eu-de.otc.t-systems.com/v3
//         username: alice
//         password: '…'
//         user_domain_name: OTC00000000001000000123   # or domain_name
//         project_name: eu-de                         # or project_id
//       ak: AKAK…                                     # otcextensions: next to auth (also inside it)
//       sk: '…'
//
// A file that is not valid (in the subset YamlSubsetParser reads) gives an error naming the line
// and no clouds. A cloud that lacks something gives its own errors/warnings; the others are read.
class CloudsYamlReader
{
public:
    struct Result
    {
        QList<CloudEntry> clouds; // in file order
        QString error;            // the file as a whole; names the line
        int errorLine = 0;
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
        [[nodiscard]] const CloudEntry *find(const QString &name) const;
    };

    // Pure: parses `clouds` (the text of a clouds.yaml). Fuzzing entry point.
    static Result parse(const QByteArray &clouds);
    // `secure` (a secure.yaml, may be empty) is merged over `clouds` key by key, as openstacksdk
    // does: typically it holds only the passwords.
    static Result parse(const QByteArray &clouds, const QByteArray &secure);

    // One cloud's entry from its YAML mapping (fills the inferred fields and problems).
    static CloudEntry entryFrom(const QString &name, const YamlNode &node);
    // Fills cloud, region, endpoints and auth, and the problems that follow from them.
    static void infer(CloudEntry *entry);
    // Deep merge: mappings key by key, everything else replaced by `over`.
    static YamlNode merged(const YamlNode &base, const YamlNode &over);
};

} // namespace ElbDesk
