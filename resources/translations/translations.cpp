// elbdesk_translations has no code of its own: it carries the compiled catalogues (:/i18n/*.qm) into
// every program that links it. Qt's generated resource object registers them at start-up.
