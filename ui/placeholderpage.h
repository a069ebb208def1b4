#pragma once

#include <QWidget>

namespace Officine::Ui {

/// A navigation target whose screen arrives with a later part of Officine: it says so plainly,
/// with what the part will do, instead of showing an empty pane.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& objectName, const QString& title, const QString& description,
                    QWidget* parent = nullptr);
};

} // namespace Officine::Ui
