#pragma once

#include <QImage>
#include <QString>

namespace Officine::Ui {

/// A QR code (libqrencode, error correction M) as a black-on-white image with a quiet zone,
/// `moduleSize` pixels per module. Null image if the text cannot be encoded.
QImage qrCode(const QString& text, int moduleSize = 6);

} // namespace Officine::Ui
