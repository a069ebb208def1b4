#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <vector>

namespace Officine::Sync {

/// A field both sides changed, differently, since the base.
struct FieldConflict
{
    QString field;
    QJsonValue base;
    QJsonValue local;
    QJsonValue remote;
};

struct MergeResult
{
    /// The remote document with every field only this side changed taken from the local one;
    /// a conflicting field keeps its local value until a person chooses.
    QJsonObject merged;
    std::vector<FieldConflict> conflicts;
    bool localChangesRemain = false; ///< the merged document differs from the remote one
};

/// The sync columns every document carries, which are not the record's content: never merged
/// and never in conflict.
bool isRecordMeta(const QString& field);

/// Field-by-field three-way merge of one record's documents (top-level fields: a list such as
/// the allergies is one value). A field changed on one side only takes that side's value; a
/// field changed on both sides to the same value is no conflict.
MergeResult threeWayMerge(const QJsonObject& base, const QJsonObject& local, const QJsonObject& remote);

} // namespace Officine::Sync
