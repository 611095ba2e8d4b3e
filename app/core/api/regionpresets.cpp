#include "regionpresets.h"

#include <QCoreApplication>

namespace ElbDesk {

static RegionPreset preset(const char *cloud, const char *cloudName, const char *region, const QString &elb,
                           const QString &iam, bool classic, const QString &note = QString())
{
    return RegionPreset{QLatin1String(cloud), QLatin1String(cloudName), QLatin1String(region),
                        QUrl(QStringLiteral("https://") + elb), QUrl(QStringLiteral("https://") + iam), classic, note};
}

const QList<RegionPreset> &RegionPresets::all()
{
    static const QList<RegionPreset> presets = [] {
        const auto tr = [](const char *text) { return QCoreApplication::translate("ElbDesk::RegionPresets", text); };
        QList<RegionPreset> list;
        list << preset("otc", "Open Telekom Cloud", "eu-de", QStringLiteral("elb.eu-de.otc.t-systems.com"),
                       QStringLiteral("iam.eu-de.otc.t-systems.com"), true)
             << preset("otc", "Open Telekom Cloud", "eu-nl", QStringLiteral("elb.eu-nl.otc.t-systems.com"),
                       QStringLiteral("iam.eu-nl.otc.t-systems.com"), false,
                       tr("Classic load balancers are not supported in eu-nl."))
             << preset("otc-swiss", "Open Telekom Cloud Swiss", "eu-ch2",
                       QStringLiteral("elb.eu-ch2.sc.otc.t-systems.com"),
                       QStringLiteral("iam-pub.eu-ch2.sc.otc.t-systems.com"), true,
                       tr("Endpoints unconfirmed; classic ELB is not documented for the Swiss cloud."));
        for (const char *region : {"ap-southeast-1", "ap-southeast-3", "cn-north-4", "cn-east-3", "eu-west-101"}) {
            const QString r = QLatin1String(region);
            list << preset("huawei", "Huawei Cloud", region, QStringLiteral("elb.%1.myhuaweicloud.com").arg(r),
                           QStringLiteral("iam.%1.myhuaweicloud.com").arg(r), false,
                           tr("The classic v1.0 API is retired in core Huawei Cloud regions (APIGW.0101)."));
        }
        for (const char *region : {"eu-west-0", "eu-west-1", "na-east-0"}) {
            const QString r = QLatin1String(region);
            list << preset("flexibleengine", "Flexible Engine", region,
                           QStringLiteral("elb.%1.prod-cloud-ocb.orange-business.com").arg(r),
                           QStringLiteral("iam.%1.prod-cloud-ocb.orange-business.com").arg(r), true);
        }
        return list;
    }();
    return presets;
}

const RegionPreset *RegionPresets::find(const QString &region)
{
    for (const RegionPreset &p : all()) {
        if (p.region == region)
            return &p;
    }
    return nullptr;
}

} // namespace ElbDesk
