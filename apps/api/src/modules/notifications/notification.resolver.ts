import { Arg, Args, ArgsType, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { UserError } from '../../graphql/user-error';
import { EmailMode, Notification, NotificationType } from './notification.entity';
import * as notifications from './notifications.service';

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}

@ArgsType()
class MyNotificationsArgs extends ConnectionArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Only those not read yet.' })
  unreadOnly: boolean;
}

@InputType()
class MarkNotificationsReadInput {
  @Field(() => [ID])
  ids: string[];
}

@ObjectType({ description: 'One notification as marked read.' })
class NotificationReadResult {
  @Field(() => ID)
  id: string;

  @Field(() => Notification)
  notification: Notification;
}

@ObjectType()
class MarkNotificationsReadPayload {
  @Field(() => [NotificationReadResult])
  results: NotificationReadResult[];

  @Field(() => Int, { description: 'Unread notifications left, for the badge.' })
  unreadCount: number;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
class MarkAllNotificationsReadInput {
  @Field(() => Date, { nullable: true, description: 'Only those that happened up to then (what the person was looking at); all when omitted.' })
  upTo?: Date | null;
}

@InputType()
class MarkItemNotificationsReadInput {
  @Field(() => ID, { description: 'The item (letter, photo, …) the person has just opened.' })
  itemId: string;
}

@ObjectType()
class MarkAllNotificationsReadPayload {
  @Field(() => Int)
  unreadCount: number;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: 'How a person is emailed about one type of notification.' })
export class NotificationPreferenceSetting {
  @Field(() => NotificationType)
  type: NotificationType;

  @Field(() => EmailMode)
  mode: EmailMode;

  @Field({ description: 'True while the person has not chosen (the default applies).' })
  isDefault: boolean;
}

@InputType()
class NotificationPreferenceInput {
  @Field(() => NotificationType)
  type: NotificationType;

  @Field(() => EmailMode)
  mode: EmailMode;
}

@InputType()
class SetNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput])
  preferences: NotificationPreferenceInput[];
}

@ObjectType()
class SetNotificationPreferencesPayload {
  @Field(() => [NotificationPreferenceSetting])
  preferences: NotificationPreferenceSetting[];

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'My notifications, newest first.' })
  myNotifications(@Ctx() ctx: Context, @Args() args: MyNotificationsArgs): Promise<ConnectionResult<Notification>> {
    return notifications.myNotifications(ctx, args);
  }

  @Query(() => Int, { description: 'How many of my notifications are unread (the navigation badge).' })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return notifications.unreadCount(ctx);
  }

  @Query(() => [NotificationPreferenceSetting], { description: 'My email preference for each notification type.' })
  notificationPreferences(@Ctx() ctx: Context): Promise<NotificationPreferenceSetting[]> {
    return notifications.myPreferences(ctx);
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Mark some of my notifications read; their emails, if not sent yet, are not sent.' })
  async markNotificationsRead(@Ctx() ctx: Context, @Arg('input') input: MarkNotificationsReadInput): Promise<MarkNotificationsReadPayload> {
    const r = await notifications.markRead(ctx, input.ids);
    return { results: r.notifications.map((n) => ({ id: n.globalId, notification: n })), unreadCount: r.unreadCount, userErrors: r.userErrors };
  }

  @Mutation(() => MarkAllNotificationsReadPayload, { description: 'Mark all my notifications read.' })
  markAllNotificationsRead(@Ctx() ctx: Context, @Arg('input') input: MarkAllNotificationsReadInput): Promise<MarkAllNotificationsReadPayload> {
    return notifications.markAllRead(ctx, input.upTo ?? null);
  }

  @Mutation(() => MarkAllNotificationsReadPayload, { description: 'Mark read my notifications about an item I have just opened (no email is sent for them).' })
  markItemNotificationsRead(@Ctx() ctx: Context, @Arg('input') input: MarkItemNotificationsReadInput): Promise<MarkAllNotificationsReadPayload> {
    return notifications.markItemRead(ctx, input.itemId);
  }

  @Mutation(() => SetNotificationPreferencesPayload, { description: 'Choose how I am emailed per notification type.' })
  setNotificationPreferences(@Ctx() ctx: Context, @Arg('input') input: SetNotificationPreferencesInput): Promise<SetNotificationPreferencesPayload> {
    return notifications.setPreferences(ctx, input.preferences);
  }
}
