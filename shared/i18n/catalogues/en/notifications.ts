/** The office header's bell: notifications for staff. */
export const notifications = {
  bell: 'Notifications',
  bellUnread: 'Notifications, {{count}} unread',
  title: 'Notifications',
  markAllRead: 'Mark all as read',
  empty: 'Nothing yet. New requests, orders, feedback and customer replies show up here.',
  listLabel: 'Latest notifications',
  /** The count on the bell when it no longer fits. */
  manyUnread: '99+',
};
