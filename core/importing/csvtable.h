#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace Officine::Import {

/// A CSV file as another pharmacy system exports it: encoding detected (a UTF-8 byte-order
/// mark, else strict UTF-8, else Windows-1252 as French Windows software writes it), separator
/// detected (; , or tab, from the header line), quoted fields per RFC 4180 (separators, quotes
/// and line breaks inside quotes).
struct CsvTable
{
    QString encoding; ///< "UTF-8" or "Windows-1252"
    QChar separator;
    QStringList header;
    struct Row
    {
        int line = 0; ///< 1-based line of the file where the record starts
        QStringList cells;
    };
    std::vector<Row> rows;

    static Result<CsvTable> parse(const QByteArray& bytes);
};

class CsvTr
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)
};

} // namespace Officine::Import
