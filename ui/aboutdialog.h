#pragma once

#include <QDialog>

namespace Officine::Ui {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(bool demo, const QString& storePath, QWidget* parent = nullptr);
};

} // namespace Officine::Ui
