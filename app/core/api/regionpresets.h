#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace ElbDesk {

// Known clouds and regions with their ELB and IAM endpoints (elb-classic-api.md §11).
struct RegionPreset
{
    QString cloud;        // "otc", "otc-swiss", "huawei", "flexibleengine"
    QString cloudName;    // for display
    QString region;
    QUrl elbEndpoint;
    QUrl iamEndpoint;
    bool classicSupported = true; // false where the classic API is known to be absent
    QString note;
};

class RegionPresets
{
public:
    static const QList<RegionPreset> &all();
    // The first preset for a region name (regions are unique across these clouds).
    static const RegionPreset *find(const QString &region);
};

} // namespace ElbDesk
