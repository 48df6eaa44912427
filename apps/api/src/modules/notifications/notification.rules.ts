import { isSignedInPerson } from '../../graphql/rules';

// Notifications belong to people; row scope limits each person to their own.
export const notificationRules = {
  Query: {
    myNotifications: isSignedInPerson,
    unreadNotificationCount: isSignedInPerson,
    notificationPreferences: isSignedInPerson,
  },
  Mutation: {
    markNotificationsRead: isSignedInPerson,
    markAllNotificationsRead: isSignedInPerson,
    markItemNotificationsRead: isSignedInPerson,
    setNotificationPreferences: isSignedInPerson,
  },
};
