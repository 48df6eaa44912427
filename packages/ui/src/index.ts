/** Shared UI for the portal SPAs. Import the theme once per app: `import '@portal/ui/theme.css'`. */
export { applyBrand, brandCssVariables, type Brand } from './brand';
export { AccountPage } from './components/account-page';
export { AUTH_PATHS } from './auth/public-pages';
export { Badge, type BadgeTone } from './components/badge';
export { Button, type ButtonProps } from './components/button';
export { Card } from './components/card';
export { ChildCard, type ChildCardProps } from './components/child-card';
export { ChildrenSearch, type ChildrenListData, type ChildrenListVariables } from './components/children-search';
export { ChildrenTable } from './components/children-table';
export { EmptyState } from './components/empty-state';
export { FormAlert, StatusMessage } from './components/form-alert';
export { errorField, fieldError, otherErrors, unexpectedError } from './components/form-errors';
export { GENDER_LABEL, STATUS_LABEL } from './components/labels';
export { Layout, type NavItem } from './components/layout';
export { Logo } from './components/logo';
export { Page } from './components/page';
export { PortalApp, type PortalAppProps, type PortalRoute } from './components/portal-app';
export { usePortal, type PortalInfo } from './components/portal-context';
export { SignInPage } from './components/sign-in-page';
export { SelectField, type SelectFieldProps, type SelectOption } from './components/select-field';
export { Spinner } from './components/spinner';
export { TextField, type TextFieldProps } from './components/text-field';
export { useDebouncedValue } from './hooks/use-debounced-value';
export { useDocumentTitle } from './hooks/use-document-title';
export { useFragmentToken } from './hooks/use-fragment-token';
export { saveBlob } from './download/save-blob';
export { NotificationsPage } from './notifications/notifications-page';
export { NotificationPreferencesForm } from './notifications/notification-preferences';
export { UnreadBadge } from './notifications/unread-badge';
export { useItemSeen } from './notifications/use-item-seen';
export { DashboardHome } from './dashboard/dashboard-home';
export { Link, Router, useRouter } from './router/router';
export { createApolloClient } from './session/apollo';
export { isRoleAllowed, roleLabel, wrongRoleMessage } from './session/roles';
export {
  SessionProvider,
  type AdoptOptions,
  useSession,
  type FormError,
  type SessionState,
  type SessionUser,
  type SignInResult,
  type TwoFactorChallenge,
} from './session/session-provider';
export { RequestsArea } from './requests/requests-area';
export { RequestFormFields, type RequestFormFieldsProps } from './requests/request-form-fields';
export { messages as requestMessages, STATUS_LABEL as REQUEST_STATUS_LABEL, NEXT_ACTOR_LABEL as REQUEST_NEXT_ACTOR_LABEL } from './requests/messages';
export { formatDay, formatLongDay, formatMoment, formatNumber } from './components/format';
export { formName, statusTone as requestStatusTone } from './requests/labels';
export { applyLanguage, currentLanguage, i18n, LANGUAGES, pickLanguage, useT, type LanguageCode } from './i18n/i18n';
export { LanguagePicker, LanguageSwitcher } from './i18n/language-picker';
export { DocumentLibrary, openDownload, type DocumentLibraryProps } from './documents/document-library';
export { DocumentUploadForm, type DocumentUploadFormProps } from './documents/document-upload-form';
export { uploadDocumentVersion } from './documents/upload-document';
export { DOCUMENT_AUDIENCE_LABEL, DOCUMENT_STATUS, DOCUMENT_TYPE_LABEL } from './documents/labels';
