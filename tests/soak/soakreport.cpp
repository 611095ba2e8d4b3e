#include "soakreport.h"

#include <QJsonArray>
#include <QTextStream>

namespace ElbDesk::Soak {

QString SoakReport::table() const
{
    QString out;
    QTextStream s(&out);
    auto row = [&s](const QString &name, const QString &value) {
        s << "  " << name.leftJustified(40, QLatin1Char('.')) << ' ' << value << '\n';
    };
    auto num = [](qint64 n) { return QString::number(n); };
    s << "Fault soak: " << removalsRequested << " member removals over " << listeners << " listeners ("
      << intents << " requests), fault rate " << faultRate << ", seed " << seed << '\n';
    s << "Sandbox\n";
    row(QStringLiteral("cloud requests"), num(cloudRequests));
    QStringList kinds;
    for (auto it = faultsByKind.cbegin(); it != faultsByKind.cend(); ++it)
        kinds.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    row(QStringLiteral("faults injected"),
        QStringLiteral("%1 (%2)").arg(faultsTotal).arg(kinds.join(QStringLiteral(", "))));
    row(QStringLiteral("removal POSTs received / applied"),
        QStringLiteral("%1 / %2").arg(postsSent).arg(postsApplied));
    row(QStringLiteral("jobs failed by the cloud / stuck"),
        QStringLiteral("%1 / %2").arg(jobsFailedByCloud).arg(jobsStuck));
    row(QStringLiteral("IAM tokens issued"), num(tokensIssued));
    s << "Operations (what the operator was told)\n";
    row(QStringLiteral("started (journaled, then sent)"), num(started));
    row(QStringLiteral("succeeded"), num(succeeded));
    row(QStringLiteral("failed with reason (job FAIL)"), num(failed));
    row(QStringLiteral("rejected with reason"), num(rejected));
    row(QStringLiteral("outcome unknown, with job id"), num(unknownWithJob));
    row(QStringLiteral("outcome unknown, answer lost (no job id)"), num(unknownWithoutJob));
    row(QStringLiteral("  of the unknown: really removed"), num(unknownActuallyRemoved));
    row(QStringLiteral("members removed on the sandbox"), num(membersRemoved));
    s << "Violations (all must be 0)\n";
    row(QStringLiteral("lost (no told state)"), num(lost));
    row(QStringLiteral("told without reason / job id"), num(untold));
    row(QStringLiteral("duplicate POSTs (applied twice)"), num(duplicatePosts));
    row(QStringLiteral("POSTs applied for no intent"), num(unrequestedPosts));
    row(QStringLiteral("unrequested removals"), num(unrequestedRemovals));
    row(QStringLiteral("members that appeared"), num(membersAppeared));
    row(QStringLiteral("outcome contradicts the sandbox"), num(contradictions));
    row(QStringLiteral("journal: missing intents"), num(journalMissing));
    row(QStringLiteral("journal: record disagrees"), num(journalMismatches));
    row(QStringLiteral("listing disagrees with the sandbox"), num(listingMismatches));
    row(QStringLiteral("never sent"), num(notSent));
    row(QStringLiteral("crashes"), QStringLiteral("%1 (sandbox: %2)").arg(crashes).arg(emulatorExit));
    row(QStringLiteral("wall time"), QStringLiteral("%1 s").arg(wallSeconds, 0, 'f', 1));
    for (const QString &v : violations)
        s << "VIOLATION: " << v << '\n';
    s << (violationCount() == 0 ? "RESULT: PASS\n" : "RESULT: FAIL\n");
    return out;
}

QJsonObject SoakReport::toJson() const
{
    QJsonObject faults;
    for (auto it = faultsByKind.cbegin(); it != faultsByKind.cend(); ++it)
        faults.insert(it.key(), it.value());
    return {
        {QStringLiteral("listeners"), listeners},
        {QStringLiteral("removals"), removalsRequested},
        {QStringLiteral("requests"), intents},
        {QStringLiteral("fault_rate"), faultRate},
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("wall_seconds"), wallSeconds},
        {QStringLiteral("cloud_requests"), cloudRequests},
        {QStringLiteral("faults"), faults},
        {QStringLiteral("faults_total"), faultsTotal},
        {QStringLiteral("posts_received"), postsSent},
        {QStringLiteral("posts_applied"), postsApplied},
        {QStringLiteral("jobs_failed_by_cloud"), jobsFailedByCloud},
        {QStringLiteral("jobs_stuck"), jobsStuck},
        {QStringLiteral("tokens_issued"), tokensIssued},
        {QStringLiteral("started"), started},
        {QStringLiteral("succeeded"), succeeded},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("unknown_with_job_id"), unknownWithJob},
        {QStringLiteral("unknown_without_job_id"), unknownWithoutJob},
        {QStringLiteral("unknown_really_removed"), unknownActuallyRemoved},
        {QStringLiteral("members_removed"), membersRemoved},
        {QStringLiteral("lost"), lost},
        {QStringLiteral("untold"), untold},
        {QStringLiteral("duplicate_posts"), duplicatePosts},
        {QStringLiteral("unrequested_posts"), unrequestedPosts},
        {QStringLiteral("unrequested_removals"), unrequestedRemovals},
        {QStringLiteral("members_appeared"), membersAppeared},
        {QStringLiteral("contradictions"), contradictions},
        {QStringLiteral("journal_missing"), journalMissing},
        {QStringLiteral("journal_mismatches"), journalMismatches},
        {QStringLiteral("listing_mismatches"), listingMismatches},
        {QStringLiteral("not_sent"), notSent},
        {QStringLiteral("crashes"), crashes},
        {QStringLiteral("emulator_exit"), emulatorExit},
        {QStringLiteral("violations"), QJsonArray::fromStringList(violations)},
        {QStringLiteral("passed"), violationCount() == 0},
    };
}

} // namespace ElbDesk::Soak
