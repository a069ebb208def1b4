#include "documentexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Officine::Ui {

Result<void> writeHealthDataFile(const QString& path, const std::function<Result<void>(QIODevice&)>& write,
                                 const std::function<Result<void>(qint64 bytes)>& record)
{
    const auto ioError = [&path](const QString& why) {
        return Error(
            ErrorCode::StoreIo,
            QCoreApplication::translate("DocumentExport", "Impossible d'écrire %1 : %2").arg(path, why),
            QStringLiteral("export write failed"));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ioError(file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto r = write(file); !r) {
        file.cancelWriting();
        return r;
    }
    const qint64 bytes = file.size();
    if (!file.commit()) {
        return fail(ioError(file.errorString()));
    }
    if (auto r = record(bytes); !r) {
        QFile::remove(path);
        return r;
    }
    return {};
}

void printHtmlToPdf(const QString& html, const QString& title, QIODevice& out, bool landscape,
                    qreal pointSize)
{
    // The writer ends the document (trailer included) when it goes out of scope; a failed
    // write shows at the QSaveFile's commit.
    QPdfWriter writer(&out);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Officine"));
    writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setResolution(110);
    QTextDocument doc;
    QFont font = doc.defaultFont();
    font.setPointSizeF(pointSize);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
}

} // namespace Officine::Ui
