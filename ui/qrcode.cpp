#include "qrcode.h"

#include <QPainter>
#include <qrencode.h>

namespace Officine::Ui {

QImage qrCode(const QString& text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        return {};
    }
    const int quiet = 4;
    const int size = (code->width + 2 * quiet) * moduleSize;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 0x01) {
                painter.fillRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
            }
        }
    }
    painter.end();
    QRcode_free(code);
    return image;
}

} // namespace Officine::Ui
