#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace ElbDesk::Emulator {

// One HTTP answer, built before it is written so it can be logged, delayed or dropped.
struct EmulatorReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static EmulatorReply json(int status, const QJsonObject &object)
    {
        return {status, "application/json", {}, QJsonDocument(object).toJson(QJsonDocument::Compact)};
    }
    static EmulatorReply json(int status, const QJsonArray &array)
    {
        return {status, "application/json", {}, QJsonDocument(array).toJson(QJsonDocument::Compact)};
    }
    static EmulatorReply raw(int status, const QByteArray &contentType, const QByteArray &body)
    {
        return {status, contentType, {}, body};
    }
};

} // namespace ElbDesk::Emulator
