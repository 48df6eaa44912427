import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { ProjectUpdate } from './project-update.entity';

export const MAX_BODY_LENGTH = 4000;

@InputType()
export class ProjectUpdatePostInput {
  @Field(() => ID)
  projectId: string;

  @Field({ description: `Plain text, 1 to ${MAX_BODY_LENGTH} characters.` })
  body: string;

  @Field(() => ID, { nullable: true, description: 'An approved photo of a child of this project, to show with the update.' })
  mediaId?: string | null;
}

@InputType()
export class ProjectUpdateDeleteInput {
  @Field(() => ID)
  projectUpdateId: string;
}

@ObjectType()
export class ProjectUpdatePayload {
  @Field(() => ProjectUpdate, { nullable: true })
  projectUpdate: ProjectUpdate | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
