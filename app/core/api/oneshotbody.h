#pragma once

#include <QByteArray>
#include <QIODevice>

namespace ElbDesk {

// The body of a state-changing request, readable exactly once. Qt's HTTP layer re-sends a request
// by itself when a kept-alive connection closes before the answer, whatever the method; it can only
// do so by rewinding the upload data. This device cannot be rewound, so Qt reports
// ContentReSendError instead of silently sending a removal twice.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace ElbDesk
