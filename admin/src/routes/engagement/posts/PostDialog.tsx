import { App, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { fromApiDate, toApiDate } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';

const CreatePostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostFields
    }
  }
`);
const UpdatePostMutation = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      ...PostFields
    }
  }
`);

/** The form's values: names are the input's, so the server's `extensions.field` lands at its field. */
interface PostFormValues {
  title?: string;
  duties?: string;
  capacity?: number | null;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
}

/** Limits of the API (domain/engagement/ports.ts MAX_POST_CAPACITY), checked before sending. */
const MAX_CAPACITY = 200;

interface Props {
  open: boolean;
  /** The community a new post is for. */
  communityUnitId: string;
  /** The post edited; null: a new one. */
  post: PostFieldsFragment | null;
  onClose: () => void;
  onReload: () => void;
}

/** 新增岗位 / 编辑岗位: title, duties, how many members it takes, its period. */
export function PostDialog({ open, communityUnitId, post, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PostFormValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [creating, createPost] = useMutation(CreatePostMutation);
  const [updating, updatePost] = useMutation(UpdatePostMutation);
  const initialValues: PostFormValues = post
    ? {
        title: post.title,
        duties: post.duties ?? undefined,
        capacity: post.capacity,
        startsOn: post.startsOn ? fromApiDate(post.startsOn) : null,
        endsOn: post.endsOn ? fromApiDate(post.endsOn) : null,
      }
    : { capacity: 1 };

  async function submit(values: PostFormValues) {
    setProblem(null);
    serverErrors.clearAll();
    const fields = {
      title: values.title?.trim() ?? '',
      duties: values.duties?.trim() || null,
      capacity: values.capacity ?? 0,
      startsOn: values.startsOn ? toApiDate(values.startsOn) : null,
      endsOn: values.endsOn ? toApiDate(values.endsOn) : null,
    };
    const context = { additionalTypenames: ['Post'] };
    const result = post
      ? await updatePost({ input: { id: post.id, version: post.version, ...fields } }, context)
      : await createPost({ input: { communityUnitId, ...fields } }, context);
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t(post ? 'postForm.saved' : 'postForm.created', { title: fields.title }));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t(post ? 'postForm.editTitle' : 'postForm.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.fetching || updating.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} onReload={() => (onClose(), onReload())} />
      <Form form={form} name="post" layout="vertical" initialValues={initialValues} onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item name="title" label={t('post.title')} rules={[{ required: true, whitespace: true, message: t('post.titleRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="duties" label={t('post.duties')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="capacity" label={t('post.capacity')} rules={[{ required: true, message: t('post.capacityRequired') }]}>
          <InputNumber min={1} max={MAX_CAPACITY} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="startsOn" label={t('post.startsOn')}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="endsOn" label={t('post.endsOn')}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
